package be.miresem.rebond.site;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Forms;
import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Content;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public pages and the officer's content editing, over HTTP against the real server. */
@ExtendWith(Portal.class)
public class SiteContentIT {

    private static final Map<String, String> PAGES = Map.of(
            "/", "<title>Accueil – Rebond</title>",
            "/projet", "<title>Le projet – Rebond</title>",
            "/cpas", "<title>Pour les CPAS – Rebond</title>",
            "/temoignages", "<title>Témoignages – Rebond</title>",
            "/partenaires", "<title>Partenaires – Rebond</title>",
            "/actualites", "<title>Actualités – Rebond</title>",
            "/contact", "<title>Contact – Rebond</title>",
            "/accessibilite", "<title>Accessibilité – Rebond</title>",
            "/vie-privee", "<title>Vie privée – Rebond</title>");

    @Test
    void everyPublicPageRendersInFrenchWithItsOwnTitleDescriptionAndCanonicalLink(PortalServer server) {
        WebClient web = new WebClient(server);
        for (var page : PAGES.entrySet()) {
            HttpResponse<String> response = web.get(page.getKey());
            assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
            // The title's separator is preceded by a no-break space.
            assertThat(response.body().replace('\u00a0', ' ')).as(page.getKey())
                    .contains("<html lang=\"fr\"")
                    .contains(page.getValue())
                    .contains("<meta name=\"description\" content=\"")
                    .contains("<link rel=\"canonical\" href=\"" + server.baseUrl()
                            + (page.getKey().equals("/") ? "/" : page.getKey()) + "\"")
                    .doesNotContain("???").doesNotContain("<script");
            assertThat(response.headers().firstValue("Set-Cookie")).as("no session for anonymous visitors").isEmpty();
        }
    }

    @Test
    void contentComesFromTheMiresemsArticle(PortalServer server) {
        WebClient web = new WebClient(server);
        assertThat(web.get("/temoignages").body()).contains("méandres de la sécurité sociale")
                .contains("intervenant extérieur").contains("mettre en corrélation");
        assertThat(web.get("/cpas").body()).contains("Qu’est-ce qu’un contrat article 60 §7 ?")
                .contains("convention");
        assertThat(web.get("/projet").body()).contains("effet boomerang").contains("démarcher à la source");
    }

    @Test
    void partnersPageFollowsThePartnerData(PortalServer server) {
        String partners = new WebClient(server).get("/partenaires").body();
        assertThat(partners).contains("CPAS de Couvin").contains("CPAS de Momignies")
                .contains("Partenaire depuis le 1er septembre 2024");
    }

    @Test
    void hiddenTestimonialsLeaveThePublicPageAndFaqEntriesAppearOnTheCpasPage(PortalServer server) {
        WebClient officer = Accounts.officer(server);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        assertThat(FacesForm.open(officer, "/espace/contenu/temoignage", "testimonial").fill("Citation", "Un témoignage " + marker)
                .fill("Fonction de l’auteur", "Directrice").fill("CPAS (seulement si l’auteur l’accepte)", "CPAS de Couvin")
                .fill("Ordre d’affichage", "50").check("Afficher sur le site", true).press("Enregistrer").statusCode())
                .isEqualTo(302);
        WebClient visitor = new WebClient(server);
        assertThat(visitor.get("/temoignages").body()).contains("Un témoignage " + marker)
                .contains("Directrice, CPAS de Couvin");

        String list = officer.get("/espace/contenu/").body();
        String id = list.replaceAll("(?s).*Un témoignage " + marker + "</th>.*?temoignage\\?id=(\\d+).*", "$1");
        // Hidden again from its own page, everything else as the page shows it.
        assertThat(FacesForm.open(officer, "/espace/contenu/temoignage?id=" + id, "testimonial")
                .check("Afficher sur le site", false).press("Enregistrer").statusCode()).isEqualTo(302);
        assertThat(visitor.get("/temoignages").body()).doesNotContain("Un témoignage " + marker);

        assertThat(FacesForm.open(officer, "/espace/contenu/faq", "faq").fill("Question", "Question " + marker + " ?")
                .fill("Réponse", "Réponse avec un [lien](https://www.example.be).").fill("Ordre d’affichage", "90")
                .press("Enregistrer").statusCode()).isEqualTo(302);
        assertThat(visitor.get("/cpas").body()).contains("Question " + marker + " ?")
                .contains("<a href=\"https://www.example.be\"").contains(">lien</a>");
    }

    @Test
    void anActiveCpasAppearsOnThePartnersPageAtOnceWhenPublished(PortalServer server) {
        WebClient visitor = new WebClient(server);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        assertThat(visitor.get("/partenaires").body()).doesNotContain(marker); // now in the page cache

        WebClient officer = Accounts.officer(server);
        HttpResponse<String> refused = FacesForm.open(officer, "/espace/cpas/nouveau", "cpas").fill("Nom du CPAS", "CPAS de Essai " + marker)
                .fill("Commune", "Essai").fill("Numéro d’entreprise", "BE 0212 345 678").choose("Statut", "Partenaire actif")
                .press("Enregistrer");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"enterpriseNumber-error\">Ce numéro d’entreprise n’est pas valide")
                .contains("value=\"CPAS de Essai " + marker + "\"");
        assertThat(visitor.get("/partenaires").body()).doesNotContain(marker);

        assertThat(FacesForm.of(officer, "/espace/cpas/nouveau", refused.body(), "cpas")
                .fill("Numéro d’entreprise", "BE 0212 345 668").press("Enregistrer").statusCode()).isEqualTo(302);
        assertThat(officer.get("/espace/cpas/").body()).contains("CPAS de Essai " + marker).contains("0212.345.668");
        assertThat(visitor.get("/partenaires").body()).as("not published yet").doesNotContain(marker);
        assertThat(Forms.pressRow(officer, "/espace/cpas/", "Publier : CPAS de Essai " + marker).statusCode())
                .isEqualTo(302);
        assertThat(visitor.get("/partenaires").body()).contains("CPAS de Essai " + marker);
        assertThat(Forms.pressRow(officer, "/espace/cpas/", "Retirer : CPAS de Essai " + marker).statusCode())
                .isEqualTo(302);
        assertThat(visitor.get("/partenaires").body()).doesNotContain(marker);
    }

    @Test
    void publishedNewsAppearsOnHomeListAndSitemapWhileDraftsStayHidden(PortalServer server) {
        WebClient officer = Accounts.officer(server);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String publishedTitle = "Actualité publiée " + marker;
        String draftTitle = "Brouillon secret " + marker;
        assertThat(Content.saveNews(officer, publishedTitle, "PUBLISHED").statusCode()).isEqualTo(302);
        assertThat(Content.saveNews(officer, draftTitle, "DRAFT").statusCode()).isEqualTo(302);

        WebClient visitor = new WebClient(server);
        String publishedSlug = "actualite-publiee-" + marker;
        String draftSlug = "brouillon-secret-" + marker;
        assertThat(visitor.get("/").body()).contains(publishedTitle).doesNotContain(draftTitle);
        assertThat(visitor.get("/actualites").body()).contains(publishedTitle).doesNotContain(draftTitle);
        assertThat(visitor.get("/sitemap.xml").body()).contains("/actualites/" + publishedSlug)
                .doesNotContain(draftSlug);
        HttpResponse<String> article = visitor.get("/actualites/" + publishedSlug);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("<h1>" + publishedTitle + "</h1>").contains("<strong>important</strong>");
        HttpResponse<String> draft = visitor.get("/actualites/" + draftSlug);
        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(draft.body()).doesNotContain(draftTitle).contains("Cette page n’existe pas");

        assertThat(officer.get("/espace/contenu/").body()).contains(draftTitle).contains("Brouillon");
    }

    @Test
    void newsFormattingIsSanitised(PortalServer server) {
        WebClient officer = Accounts.officer(server);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> form = officer.get("/espace/contenu/actualite");
        Map<String, String> fields = Content.newsFields("Assainie " + marker, "PUBLISHED",
                "Bonjour <script>alert('x')</script> <img src=x onerror=alert(1)> [clic](javascript:alert(1))");
        fields.put("save", "x");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(form.body()));
        assertThat(officer.post("/espace/contenu/actualite", fields).statusCode()).isEqualTo(302);

        String page = new WebClient(server).get("/actualites/assainie-" + marker).body();
        String body = page.substring(page.indexOf("<div class=\"rich-text\">"));
        assertThat(body).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:")
                .contains("&lt;script&gt;");
    }

    @Test
    void secondSaveOfTheSameItemGetsAConflictAndOverwritesNothing(PortalServer server) {
        WebClient first = Accounts.officer(server);
        WebClient second = Accounts.officer(server);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Content.saveNews(first, "Conflit " + marker, "PUBLISHED");
        String list = first.get("/espace/contenu/").body();
        String id = list.replaceAll("(?s).*Conflit " + marker + "</th>.*?actualite\\?id=(\\d+).*", "$1");

        HttpResponse<String> formA = first.get("/espace/contenu/actualite?id=" + id);
        HttpResponse<String> formB = second.get("/espace/contenu/actualite?id=" + id);
        Map<String, String> a = Content.newsFields("Conflit " + marker + " version A", "PUBLISHED", "Texte A");
        a.put("save", "x");
        a.put("jakarta.faces.ViewState", WebClient.viewState(formA.body()));
        assertThat(first.post("/espace/contenu/actualite?id=" + id, a).statusCode()).isEqualTo(302);

        Map<String, String> b = Content.newsFields("Conflit " + marker + " version B", "PUBLISHED", "Texte B");
        b.put("save", "x");
        b.put("jakarta.faces.ViewState", WebClient.viewState(formB.body()));
        HttpResponse<String> refused = second.post("/espace/contenu/actualite?id=" + id, b);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Quelqu’un d’autre a modifié cet élément")
                .contains("value=\"Conflit " + marker + " version B\"");
        assertThat(new WebClient(server).get("/actualites/conflit-" + marker).body())
                .contains("version A").doesNotContain("version B");
    }

    @Test
    void invalidNewsFormKeepsWhatWasTypedWithErrorsNextToTheFields(PortalServer server) {
        WebClient officer = Accounts.officer(server);
        HttpResponse<String> form = officer.get("/espace/contenu/actualite");
        Map<String, String> fields = Content.newsFields("", "PUBLISHED", "Un texte tapé à garder");
        fields.put("publishedOn", "31/02/2026");
        fields.put("save", "x");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(form.body()));
        HttpResponse<String> refused = officer.post("/espace/contenu/actualite", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"title-error\">Ce champ est obligatoire.")
                .contains("Un texte tapé à garder");
    }

    @Test
    void partnersAndVisitorsCannotEditContent(PortalServer server) {
        assertThat(new WebClient(server).get("/espace/contenu/").statusCode()).isEqualTo(302);
        WebClient partner = new WebClient(server);
        partner.signIn(PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD);
        assertThat(partner.get("/espace/contenu/").statusCode()).isEqualTo(403);
        assertThat(partner.get("/espace/contenu/actualite").statusCode()).isEqualTo(403);
        assertThat(partner.get("/espace/cpas/nouveau").statusCode()).isEqualTo(403);
    }

    @Test
    void robotsKeepsTheSignedInAreaOutAndStaticFilesAreCachedLong(PortalServer server) {
        WebClient web = new WebClient(server);
        String robots = web.get("/robots.txt").body();
        assertThat(robots).contains("Disallow: /espace/").contains("Sitemap: " + server.baseUrl() + "/sitemap.xml");
        String home = web.get("/").body();
        String css = home.replaceAll("(?s).*href=\"(/static/css/site\\.css\\?v=[^\"]+)\".*", "$1");
        assertThat(css).startsWith("/static/css/site.css?v=");
        assertThat(web.get(css).headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
    }

    @Test
    void homePageAnswersNotModifiedToABrowserThatHasIt(PortalServer server) throws Exception {
        WebClient web = new WebClient(server);
        HttpResponse<String> first = web.get("/projet");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var again = client.send(java.net.http.HttpRequest.newBuilder(server.uri("/projet"))
                .header("If-None-Match", etag).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(again.statusCode()).isEqualTo(304);
    }



    @Test
    void theOfficerKeepsTheContactDetailsAndMeetingPlacesThatContactAndBookingShow(PortalServer server) {
        WebClient officer = Accounts.officer(server);
        WebClient visitor = new WebClient(server);
        assertThat(visitor.get("/contact").body()).as("no placeholder").doesNotContain("à compléter");

        // A wrong e-mail address is refused next to its field, and what was typed stays.
        String refused = FacesForm.open(officer, "/espace/contenu/coordonnees", "contact")
                .fill("Adresse", "Rue de la Gare 12\n5660 Couvin").fill("Adresse e-mail", "pas-une-adresse")
                .press("Enregistrer").body();
        assertThat(refused).contains("id=\"email-error\"").contains("Rue de la Gare 12");
        assertThat(visitor.get("/contact").body()).doesNotContain("Rue de la Gare 12");

        HttpResponse<String> saved = FacesForm.open(officer, "/espace/contenu/coordonnees", "contact")
                .fill("Adresse", "Rue de la Gare 12\n5660 Couvin").fill("Téléphone", "060 34 00 00")
                .fill("Adresse e-mail", "rebond@miresem.be").fill("Heures d’ouverture", "")
                .set("place-name-0", "Bureau de la Miresem").set("place-address-0", "Rue de la Gare 12, 5660 Couvin")
                .set("place-name-1", "Antenne de Philippeville").set("place-address-1", "Place d’Armes 1, 5600 Philippeville")
                .press("Enregistrer");
        assertThat(saved.statusCode()).isEqualTo(302);
        String contact = visitor.get("/contact").body();
        assertThat(contact).contains("Rue de la Gare 12").contains("060 34 00 00").contains("href=\"tel:060340000\"")
                .contains("Antenne de Philippeville").contains("Place d’Armes 1, 5600 Philippeville")
                .as("an empty value is not shown").doesNotContain("Heures d’ouverture");

        // The booking form offers each place with its address; an agent books at the second one.
        WebClient agent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        String booking = agent.get("/espace/rendez-vous/").body();
        assertThat(booking).contains("Bureau de la Miresem, Rue de la Gare 12, 5660 Couvin")
                .contains("Antenne de Philippeville, Place d’Armes 1, 5600 Philippeville").contains("Au CPAS");
    }

    @Test
    void theHomePageShowsHeadlineFiguresAndTheNextSessionAndASessionCanBeAskedFor(PortalServer server) {
        WebClient officer = Accounts.officer(server);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        be.miresem.rebond.testing.Sessions.create(officer, server, "Séance d’accueil " + marker, 2, 10);
        WebClient visitor = new WebClient(server);
        String sessions = visitor.get("/seances").body();
        assertThat(sessions).as("Séances is in the main menu").contains("href=\"/seances\" aria-current=\"page\"");
        String next = sessions.replaceAll("(?s).*?<h2 class=\"card-title\">([^<]+)</h2>.*", "$1");

        String home = visitor.get("/").body();
        assertThat(home).as("the next session, fresh after the officer created one").contains("Prochaine séance de présentation")
                .contains(next);
        if (visitor.get("/resultats").body().contains("id=\"results\"")) {
            assertThat(home).contains("Rebond en chiffres").contains("personnes suivies")
                    .contains("en emploi 12 mois après leur contrat");
        }

        // "Demander une séance" opens the collaboration request with a message that says so.
        assertThat(visitor.get("/collaborer?seance=1").body())
                .contains("Nous souhaitons une séance de présentation de Rebond pour notre CPAS.");
        assertThat(visitor.get("/collaborer").body()).doesNotContain("Nous souhaitons une séance de présentation");
    }
}
