package be.miresem.rebond.site;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.Content;
import be.miresem.rebond.testing.HtmlChecker;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The public site: valid markup and headings on every page, its main navigation in Chromium, no script injection. */
@ExtendWith(Portal.class)
class PublicSiteBrowserIT {

    private static final List<String> PAGES = List.of("/", "/projet", "/cpas", "/temoignages", "/partenaires",
            "/actualites", "/actualites/le-projet-rebond-et-son-partenariat-avec-les-cpas", "/seances", "/contact",
            "/accessibilite", "/vie-privee", "/connexion", "/page-inconnue");

    /**
     * The markup of every public page: valid HTML (Nu HTML Checker) and one h1 first with no level skipped. The pages
     * in Chromium at phone and desktop widths, with axe-core, are {@code shared.web.EveryPageBrowserIT}'s.
     */
    @Test
    void everyPublicPagePassesTheHtmlCheckerWithHeadingsInOrder(PortalServer server) {
        WebClient web = new WebClient(server);
        for (String path : PAGES) {
            String html = web.get(path).body();
            HtmlChecker.assertValid(path, html);
            List<Integer> levels = org.jsoup.Jsoup.parse(html).select("h1, h2, h3, h4, h5, h6").stream()
                    .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
            assertThat(levels).as("headings of %s", path).startsWith(1);
            assertThat(levels.stream().filter(l -> l == 1).count()).as("one h1 on %s", path).isEqualTo(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading levels in order on %s: %s", path, levels)
                        .isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
        }
    }

    @Test
    void mainNavigationReachesEveryPublicPage(PortalServer server) {
        try (Browser browser = new Browser(server)) {
            browser.open("/");
            Map<String, String> links = Map.of("Le projet", "Le projet Rebond", "Pour les CPAS", "Pour les CPAS",
                    "Témoignages", "Ils parlent de Rebond", "Partenaires", "Les CPAS partenaires",
                    "Actualités", "Actualités", "Contact", "Contacter la Miresem",
                    "Accessibilité", "Déclaration d’accessibilité", "Vie privée", "Vie privée et protection des données");
            for (var link : links.entrySet()) {
                browser.press(link.getKey());
                assertThat(browser.heading()).isEqualTo(link.getValue());
            }
        }
    }

    @Test
    void scriptTypedInANewsBodyNeverRuns(PortalServer server) {
        WebClient officer = Accounts.officer(server);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        var form = officer.get("/espace/contenu/actualite");
        Map<String, String> fields = Content.newsFields("Injection " + marker, "PUBLISHED",
                "Avant <script>window.pwned = 1</script> <img src=x onerror=\"window.pwned = 2\"> "
                        + "<a href=\"javascript:window.pwned=3\">x</a> après");
        fields.put("save", "x");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(form.body()));
        officer.post("/espace/contenu/actualite", fields);

        try (Browser browser = new Browser(server)) {
            browser.open("/actualites/injection-" + marker);
            assertThat(browser.heading()).isEqualTo("Injection " + marker);
            assertThat(browser.driver().executeScript("return window.pwned === undefined")).isEqualTo(true);
            assertThat(browser.driver().findElements(By.cssSelector(".rich-text img, .rich-text script"))).isEmpty();
            assertThat(browser.text()).contains("Avant").contains("après");
        }
    }
}
