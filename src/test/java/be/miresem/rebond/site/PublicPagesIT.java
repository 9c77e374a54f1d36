package be.miresem.rebond.site;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RequestForm;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public pages, the error pages and the health endpoint, over HTTP against the real server. */
@ExtendWith(Portal.class)
class PublicPagesIT {

    @Test
    void homePageIsInFrenchAndSaysWhatRebondIs(PortalServer server) {
        HttpResponse<String> home = new WebClient(server).get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
        assertThat(home.body())
                .contains("<html lang=\"fr\"")
                .contains("<title>Accueil")
                .contains("article 60")
                .contains("effet boomerang")
                .contains("besoins des entreprises")
                .contains("href=\"#contenu\"")
                .contains("<main id=\"contenu\"")
                .contains("Démonstration — données fictives") // the test portal runs in demo mode
                .doesNotContain("???");
    }

    @Test
    void accessibilityAndPrivacyPagesAreLinkedFromEveryPage(PortalServer server) {
        WebClient web = new WebClient(server);
        assertThat(web.get("/").body()).contains("href=\"/accessibilite\"").contains("href=\"/vie-privee\"");
        HttpResponse<String> accessibility = web.get("/accessibilite");
        assertThat(accessibility.statusCode()).isEqualTo(200);
        assertThat(accessibility.body()).contains("Déclaration d’accessibilité");
        HttpResponse<String> privacy = web.get("/vie-privee");
        assertThat(privacy.statusCode()).isEqualTo(200);
        assertThat(privacy.body()).contains("Vie privée et protection des données")
                .contains("Les personnes suivies par Rebond").contains("puis 5 ans après sa clôture")
                .contains("journal d’accès").contains("auprès de l’<a href=\"https://www.autoriteprotectiondonnees.be\">"
                        + "Autorité de protection des données</a>");
    }

    @Test
    void unknownPageGetsTheFrenchNotFoundPage(PortalServer server) {
        HttpResponse<String> missing = new WebClient(server).get("/cette-page-n-existe-pas");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Cette page n’existe pas").contains("lang=\"fr\"")
                .doesNotContain("Payara").doesNotContain("Exception");
    }

    @Test
    void whatThePortalDoesNotServeGetsAFrenchPageAndOneLogLine(PortalServer server) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (String method : new String[] {"DELETE", "PUT", "TRACE", "PATCH", "FOO"}) {
            HttpResponse<String> refused = http.send(java.net.http.HttpRequest.newBuilder(server.uri("/"))
                    .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(method).isEqualTo(405);
            assertThat(refused.body()).as(method).contains("Cette action n’est pas prise en charge").contains("lang=\"fr\"")
                    .doesNotContain("Payara").doesNotContain("Exception");
        }
        // A body over 2 MB, its length announced: 413.
        String big = "message=" + "a".repeat(2_200_000);
        HttpResponse<String> announced = new WebClient(server).post("/collaborer", java.util.Map.of("message", big));
        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(announced.body()).contains("Votre envoi est trop volumineux").contains("lang=\"fr\"");
        // The same, chunked (no length announced): the container reads 2 MB and skips the rest, so the
        // form answers with the French error next to the cut field, and nothing is stored.
        WebClient chunked = new WebClient(server).chunked();
        String page = chunked.get("/collaborer").body();
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("request", "request");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        form.put("token", page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1"));
        form.put("send", "Envoyer la demande");
        form.putAll(RequestForm.valid("CPAS de Trop-Long", "Viroinval"));
        form.remove("message");
        form.put("message", "a".repeat(2_200_000));
        HttpResponse<String> cut = chunked.post("/collaborer", form);
        assertThat(cut.statusCode()).isEqualTo(200);
        assertThat(cut.body()).contains("Ce texte doit compter au plus 4000 caractères")
                .contains("value=\"CPAS de Trop-Long\"");
        // Raw bytes that are not UTF-8 in the query: 400, French page, no stack trace in the log.
        String before = server.log();
        String raw = rawGet(server, "/collaborer?q=\u00ff\u00fe%ZZ");
        assertThat(raw).startsWith("HTTP/1.1 400").contains("Cette demande n’a pas pu être lue");
        String added = server.log().substring(before.length());
        assertThat(added).contains("Refused: undecodable parameters (400)").doesNotContain("\tat ");
        // No HTTP/2 in clear text: an upgrade request is answered in HTTP/1.1.
        String upgrade = raw(server, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\nConnection: close\r\n\r\n");
        assertThat(upgrade).startsWith("HTTP/1.1 200").doesNotContain("101 Switching");
        // Headers over the container's 8 KB: it answers 400 itself, before the portal (no page can be given),
        // with nothing to read: no body, no product or version.
        String oversized = raw(server, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(oversized).startsWith("HTTP/1.1 400").contains("Content-Length: 0")
                .doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish").doesNotContainIgnoringCase("grizzly");
        // The favicon browsers ask for.
        HttpResponse<byte[]> icon = new WebClient(server).getBytes("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    /** A GET whose request line carries the given characters as single ISO-8859-1 bytes, as a broken client sends them. */
    private static String rawGet(PortalServer server, String target) throws Exception {
        return raw(server, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** The answer to a request written byte for byte (ISO-8859-1), as a broken or hostile client sends it. */
    private static String raw(PortalServer server, String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", server.port())) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void pageSourcesAreNotServed(PortalServer server) {
        WebClient web = new WebClient(server);
        assertThat(web.get("/WEB-INF/web.xml").statusCode()).isEqualTo(404);
        assertThat(web.get("/WEB-INF/templates/public.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    void optionalTemplateParametersAreUsedWhenGivenAndLeftOutOtherwise(PortalServer server) {
        // shared.web.OptionalParameters resolves the parameters a page leaves out; the ones it gives still count.
        WebClient web = new WebClient(server);
        String home = web.get("/").body();
        assertThat(home).doesNotContain("name=\"robots\"").doesNotContain("<script");
        assertThat(web.get("/mot-de-passe-oublie").body()).contains("<meta name=\"robots\" content=\"noindex\"");
        String form = web.get("/collaborer").body();
        assertThat(form).contains("id=\"enterpriseNumber-hint\"").contains("aria-describedby=\"enterpriseNumber-error enterpriseNumber-hint\"")
                .contains("type=\"tel\"").contains("autocomplete=\"tel\"");
        // An r:input without hint or type: a text field described by its error only.
        assertThat(form).containsPattern("<input id=\"cpasName\"[^>]* type=\"text\"[^>]*aria-describedby=\"cpasName-error\" ");
    }

    @Test
    void payaraMetricsAndOpenApiAreNotServed(PortalServer server) {
        // src/main/launcher/payara.asadmin turns them off; /metrics used to answer anyone with a server error.
        WebClient web = new WebClient(server);
        for (String path : new String[] {"/metrics", "/metrics/base", "/openapi"}) {
            HttpResponse<String> response = web.get(path);
            assertThat(response.statusCode()).as(path).isIn(403, 404);
            assertThat(response.body()).as(path).doesNotContain("jvm").doesNotContain("openapi:")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void addressesHaveNoExtension(PortalServer server) {
        HttpResponse<String> withExtension = new WebClient(server).get("/connexion.xhtml");
        assertThat(withExtension.statusCode()).isEqualTo(301);
        assertThat(withExtension.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/connexion"));
    }

    @Test
    void healthReportsTheDatabase(PortalServer server) {
        HttpResponse<String> health = new WebClient(server).get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"");
        HttpResponse<String> ready = new WebClient(server).get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\"");
    }

    @Test
    void stylesheetIsServed(PortalServer server) {
        HttpResponse<String> css = new WebClient(server).get("/static/css/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".skip-link");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders(PortalServer server) {
        WebClient web = new WebClient(server);
        web.signIn(PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD);
        WebClient visitor = new WebClient(server);
        assertThat(visitor.get("/").headers().firstValue("Content-Security-Policy")).as("cached page").isPresent();
        for (String path : new String[] {"/", "/connexion", "/static/css/site.css", "/page-inconnue", "/espace/"}) {
            var headers = web.get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).isPresent();
            assertThat(headers.firstValue("X-Powered-By")).as(path).isEmpty();
            assertThat(headers.firstValue("Server").orElse("")).as(path).doesNotContainIgnoringCase("payara")
                    .doesNotContainIgnoringCase("glassfish").doesNotContainIgnoringCase("grizzly").doesNotContainPattern("\\d");
        }
        // Also on what the container answers by itself (the sign-in redirect of a protected page).
        var redirect = new WebClient(server).get("/espace/tableau-de-bord/");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Server").orElse("")).doesNotContainIgnoringCase("payara");
        assertThat(redirect.headers().firstValue("X-Powered-By")).isEmpty();
        // The session cookie: HttpOnly and SameSite=Lax (Secure is added by the container over HTTPS).
        String cookie = new WebClient(server).get("/connexion").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
