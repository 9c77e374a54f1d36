package be.miresem.rebond.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.Employers;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Requests;
import be.miresem.rebond.testing.Sessions;
import be.miresem.rebond.testing.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the portal, public and signed in (as the officer and as an agent), opened in Chromium on a phone
 * (360×740) and a desktop (1280×900). A page fails when it scrolls horizontally, breaks a word over two lines (an
 * element narrower than its longest word: a table collapsing to one letter per line), lets chart labels overlap or
 * shrink under 10 px, when the header takes more than a fifth of the phone's screen, or when axe-core finds a WCAG
 * 2.1 A/AA violation. Every page is photographed whole at both widths in target/screenshots/ (page-360-…,
 * page-1280-…). All problems of all pages are reported together.
 *
 * <p>The pages show real content: the test first records a case with long names, a meeting, a collaboration
 * request, a presentation session with a registration, an employer and its need, so lists and tables are not empty.
 */
@ExtendWith(Portal.class)
class EveryPageBrowserIT {

    private static final Pattern MANAGE_LINK = Pattern.compile("(/rendez-vous/gerer\\?t=[^\\s]+)");
    private static final Pattern CANCEL_LINK = Pattern.compile("(/seances/annuler\\?t=[^\\s]+)");
    private static final Pattern NEWS_LINK = Pattern.compile("href=\"[^\"]*(/actualites/[a-z0-9-]+)\"");

    @Test
    void everyPageFitsAPhoneAndADesktop(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        WebClient officer = Accounts.officer(server);
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);

        long caseId = Cases.refer(agent, "Vandenbroucke-Delacroix", "Marie-Christine", "Couvin");
        int mails = Mails.to(server, PortalServer.COUVIN_AGENT, "").size();
        String slot = Meetings.book(agent);
        long meetingId = Meetings.bookingId(agent.get("/espace/rendez-vous/").body(), slot);
        String manageLink = link(MANAGE_LINK, Mails.await(server, PortalServer.COUVIN_AGENT, "", mails).text());
        long requestId = Requests.submit(server, "CPAS de Sombreffe " + marker, "Sombreffe").id();
        String sessionId = Sessions.create(officer, server, "Présentation de Rebond " + marker, 9, 12);
        String registrant = "direction." + marker + "@sombreffe.test";
        WebClient visitor = new WebClient(server);
        String form = Sessions.open(visitor, sessionId);
        Sessions.register(visitor, sessionId, form, "CPAS de Sombreffe " + marker, "Claire Dubois", registrant, 2,
                Map.of());
        String cancelLink = link(CANCEL_LINK, Mails.await(server, registrant, "", 0).text());
        String employer = Employers.create(officer, "Entreprise de nettoyage industriel " + marker, "Luc Martin",
                "luc." + marker + "@nettoyage.test");
        String need = Employers.addNeed(officer, employer, "Technicien de surface polyvalent", "Nettoyage, autonomie");
        be.miresem.rebond.testing.FacesForm.open(agent, "/espace/dossiers/dossier?id=" + caseId, "message")
                .fill("Nouveau message", "Marie-Christine commence lundi chez Nettoyage industriel : voir https://www.leforem.be")
                .press("Envoyer le message");
        be.miresem.rebond.testing.FacesForm.open(agent, "/espace/echanges/", "message")
                .fill("Nouveau message", "Pouvons-nous fixer le bilan du partenariat en janvier ?").press("Envoyer le message");
        be.miresem.rebond.testing.FacesForm.open(agent, "/espace/dossiers/dossier?id=" + caseId, "document")
                .attach("Joindre un document", "Attestation de fin de contrat.pdf",
                        be.miresem.rebond.testing.TestFiles.pdf("Attestation").getBytes(
                                java.nio.charset.StandardCharsets.ISO_8859_1))
                .press("Joindre le document");
        be.miresem.rebond.testing.FacesForm.open(officer, "/espace/annonces/", "announcement")
                .fill("Titre", "Nouveau besoin : technicien de surface à Philippeville " + marker)
                .fill("Texte", "L’entreprise cherche deux personnes à temps plein dès janvier. Parlez-en à vos bénéficiaires.")
                .press("Publier l’annonce");
        String couvin = officer.get("/espace/echanges/").body()
                .replaceAll("(?s).*/espace/echanges/\\?cpas=(\\d+)\">CPAS de Couvin<.*", "$1");
        Matcher news = NEWS_LINK.matcher(visitor.get("/actualites").body());
        String article = news.find() ? news.group(1) : "/actualites";

        List<String> publicPages = List.of("/", "/projet", "/cpas", "/temoignages", "/partenaires", "/actualites",
                article, "/resultats", "/seances", "/seances/inscription?id=" + sessionId, cancelLink, "/collaborer",
                "/contact", "/accessibilite", "/vie-privee", "/connexion", "/mot-de-passe-oublie",
                "/mot-de-passe?jeton=inconnu", "/invitation?jeton=inconnu", manageLink, "/enquete?t=inconnu",
                "/enquete?arret=inconnu");
        List<String> agentPages = List.of("/espace/", "/espace/nouveautes/", "/espace/dossiers/",
                "/espace/dossiers/orienter", "/espace/dossiers/dossier?id=" + caseId, "/espace/rendez-vous/",
                "/espace/rendez-vous/detail?id=" + meetingId, "/espace/echanges/", "/espace/tableau-de-bord/",
                "/espace/compte/", "/espace/annonces/");
        List<String> officerPages = List.of("/espace/", "/espace/nouveautes/", "/espace/onboarding/",
                "/espace/onboarding/tableau", "/espace/onboarding/demande?id=" + requestId, "/espace/cpas/",
                "/espace/cpas/nouveau", "/espace/seances/", "/espace/seances/seance?id=" + sessionId,
                "/espace/rendez-vous/", "/espace/rendez-vous/detail?id=" + meetingId, "/espace/agenda/",
                "/espace/agenda/jour", "/espace/agenda/rappels", "/espace/disponibilites/", "/espace/dossiers/",
                "/espace/dossiers/orienter", "/espace/dossiers/dossier?id=" + caseId,
                "/espace/dossiers/acces?id=" + caseId, "/espace/employeurs/", employer, need,
                "/espace/tableau-de-bord/", "/espace/tableau-de-bord/liste?indicateur=rdv",
                "/espace/tableau-de-bord/rapport", "/espace/comptes/", "/espace/contenu/", "/espace/contenu/actualite",
                "/espace/contenu/faq", "/espace/contenu/temoignage", "/espace/contenu/coordonnees", "/espace/journal/", "/espace/outbox/",
                "/espace/sauvegardes/", "/espace/compte/", "/espace/echanges/", "/espace/echanges/?cpas=" + couvin,
                "/espace/annonces/", "/espace/satisfaction/", "/espace/satisfaction/questionnaire?code=EMPLOYER_HIRE");

        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        tour(server, "public", null, null, publicPages, problems);
        tour(server, "officer", PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD, officerPages, problems);
        tour(server, "agent", PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD, agentPages, problems);
        try (Browser browser = new Browser(server)) {
            browser.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            openTheMenuOnAPhone(browser, problems);
        }
        assertThat(problems).as("pages that do not fit or are not accessible").isEmpty();
    }

    /**
     * Opens each page at both widths, noting its problems and photographing it: the phone and the desktop are two
     * browsers going through the pages side by side (signed in as the same person when {@code email} is given).
     */
    private static void tour(PortalServer server, String who, String email, String password, List<String> pages,
            List<String> problems) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> passes = new ArrayList<>();
            for (int[] screen : new int[][] {{360, 740}, {1280, 900}}) {
                passes.add(pool.submit(() -> {
                    try (Browser browser = new Browser(server)) {
                        if (email != null) {
                            browser.signIn(email, password);
                        }
                        browser.emulate(screen[0], screen[1]);
                        long[] millis = new long[4];
                        for (String page : pages) {
                            long start = System.nanoTime();
                            browser.driver().get(browser.baseUrl() + page);
                            long loaded = System.nanoTime();
                            String where = who + " " + page + " at " + screen[0] + " px: ";
                            browser.layoutProblems(screen[0] < 600).forEach(p -> problems.add(where + p));
                            long measured = System.nanoTime();
                            String violations = browser.accessibilityViolations();
                            if (!violations.isEmpty()) {
                                problems.add(where + "axe-core\n" + violations);
                            }
                            long checked = System.nanoTime();
                            browser.pageScreenshot("page-" + screen[0] + "-" + who + "-" + name(page), screen[0], screen[1]);
                            long[] spent = {loaded - start, measured - loaded, checked - measured, System.nanoTime() - checked};
                            for (int i = 0; i < 4; i++) {
                                millis[i] += spent[i] / 1_000_000;
                            }
                        }
                        System.out.printf("Tour of %d %s pages at %d px: loading %d ms, layout checks %d ms, axe-core %d ms,"
                                + " screenshots %d ms%n", pages.size(), who, screen[0], millis[0], millis[1], millis[2], millis[3]);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> pass : passes) {
                pass.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("the " + who + " tour stopped", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** On a phone the navigation is one disclosure menu: opened, it shows every group's pages, without scripts. */
    private static void openTheMenuOnAPhone(Browser browser, List<String> problems) {
        browser.emulate(360, 740);
        browser.driver().get(browser.baseUrl() + "/espace/dossiers/");
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("summary.menu-button")).click();
        org.openqa.selenium.WebElement panel = browser.driver().findElement(org.openqa.selenium.By.cssSelector(".menu-panel"));
        assertThat(panel.isDisplayed()).isTrue();
        // Group names are shown in capitals.
        assertThat(panel.getText().toLowerCase(java.util.Locale.ROOT)).contains("partenaires", "demandes", "séances",
                "disponibilités", "employeurs", "tableau de bord", "administration", "sauvegardes", "mon compte");
        assertThat(panel.findElement(org.openqa.selenium.By.cssSelector("a[aria-current=page]")).getText())
                .startsWith("Bénéficiaires");
        browser.layoutProblems(true).forEach(p -> problems.add("officer's open menu at 360 px: " + p));
        browser.screenshot("page-360-officer-menu");
    }

    private static String name(String page) {
        String path = page.replaceAll("\\?cpas=\\d+", "-cpas").replaceAll("\\?(id|jeton|t)=.*", "").replaceAll("\\?", "-").replaceAll("[/=]", "_");
        return path.equals("_") ? "accueil" : path.replaceAll("^_|_$", "");
    }

    private static String link(Pattern pattern, String mail) {
        Matcher link = pattern.matcher(mail);
        assertThat(link.find()).as("a link %s in:%n%s", pattern, mail).isTrue();
        return link.group(1);
    }
}
