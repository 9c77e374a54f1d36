package be.miresem.rebond.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RequestForm;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.Sessions;
import be.miresem.rebond.testing.WebClient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On the shared portal, with the real settings set while the test runs: the public forms' anti-spam rules
 * (collaboration request, session registration; 3 s, 5 per hour) for a client address of the test's own (from
 * X-Forwarded-For, as behind nginx), the outbox when the SMTP server is down, then up (one that starts late, on a
 * port of its own), and an expired invitation link (invitations last 0 minutes meanwhile).
 */
@ExtendWith(Portal.class)
class CollaborationSpamIT {

    private static final String ADDRESS = "198.18.0.7";

    @Test
    void honeypotTimeCheckRateLimitAndOutboxRetry(PortalServer server) throws Exception {
        int smtpPort = PortalServer.freePort();
        try (RuntimeSettings real = RuntimeSettings.set(server, "REBOND_REQUEST_MIN_SECONDS", "3",
                "REBOND_REQUEST_RATE_LIMIT", "5", "REBOND_TRUSTED_PROXIES", "127.0.0.1",
                "REBOND_SMTP_PORT", Integer.toString(smtpPort), "REBOND_MAIL_RETRY_SECONDS", "1",
                "REBOND_INVITATION_MINUTES", "0",
                // One notification per request, as on a portal with one officer (the shared one has several).
                "REBOND_OFFICER_NOTIFY", "suivi.antispam@rebond.test")) {

            // Too fast: refused politely, input kept; the same person sending again a moment later gets through.
            RequestForm quick = new RequestForm(visitor(server));
            HttpResponse<String> tooFast = quick.post(RequestForm.valid("CPAS anti-spam de Froidchapelle", "Froidchapelle"));
            assertThat(tooFast.statusCode()).isEqualTo(200);
            assertThat(tooFast.body()).contains("envoyée très rapidement").contains("value=\"CPAS anti-spam de Froidchapelle\"");
            RequestForm retry = new RequestForm(visitor(server));
            RequestForm.waitMinimumTime(3100);
            String reference = RequestForm.reference(retry.post(RequestForm.valid("CPAS anti-spam de Froidchapelle", "Froidchapelle")));

            // Honeypot filled: refused, nothing stored.
            RequestForm bot = new RequestForm(visitor(server));
            RequestForm.waitMinimumTime(3100);
            java.util.Map<String, String> botFields = RequestForm.valid("CPAS anti-spam robot", "Robotville");
            botFields.put("website", "http://spam.example");
            HttpResponse<String> refused = bot.post(botFields);
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("n’a pas pu être enregistrée");

            // Rate limit: four more accepted from this address (five in the hour), the sixth refused.
            java.util.List<RequestForm> forms = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                forms.add(new RequestForm(visitor(server)));
            }
            RequestForm.waitMinimumTime(3100);
            for (int i = 0; i < 4; i++) {
                assertThat(forms.get(i).post(RequestForm.valid("CPAS anti-spam " + i, "Commune " + i)).statusCode()).isEqualTo(302);
            }
            HttpResponse<String> limited = forms.get(4).post(RequestForm.valid("CPAS anti-spam de trop", "Trop"));
            assertThat(limited.statusCode()).isEqualTo(200);
            assertThat(limited.body()).contains("plusieurs demandes depuis votre connexion");

            // SMTP down: the messages wait in the outbox, with their error, visible to the officer.
            WebClient officer = Accounts.officer(server);
            Thread.sleep(1500);
            String outbox = officer.get("/espace/outbox/").body();
            assertThat(outbox).contains("Rebond : votre demande de collaboration " + reference).contains("En attente");

            // The registration for a presentation session: the same guard, counted apart from the requests.
            String session = Sessions.create(officer, server, "Séance anti-spam de Cerfontaine", 14, 50);
            WebClient person = visitor(server);
            String opened = Sessions.open(person, session);
            HttpResponse<String> quickRegistration = Sessions.register(person, session, opened, "CPAS de Cerfontaine",
                    "Luc Martin", "luc.martin@example.be", 1, java.util.Map.of());
            assertThat(quickRegistration.statusCode()).isEqualTo(200);
            assertThat(quickRegistration.body()).contains("envoyée très rapidement").contains("value=\"Luc Martin\"");
            RequestForm.waitMinimumTime(3100);
            HttpResponse<String> botRegistration = Sessions.register(person, session, opened, "CPAS anti-spam robot", "Robot",
                    "robot@example.be", 1, java.util.Map.of("website", "http://spam.example"));
            assertThat(botRegistration.body()).contains("Votre inscription n’a pas pu être enregistrée");
            java.util.List<WebClient> people = new java.util.ArrayList<>();
            java.util.List<String> pages = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                people.add(visitor(server));
                pages.add(Sessions.open(people.get(i), session));
            }
            RequestForm.waitMinimumTime(3100);
            for (int i = 0; i < 5; i++) {
                assertThat(Sessions.register(people.get(i), session, pages.get(i), "CPAS anti-spam " + i, "Contact " + i,
                        "contact" + i + "@example.be", 1, java.util.Map.of()).statusCode()).as("registration " + i).isEqualTo(302);
            }
            HttpResponse<String> sixth = Sessions.register(people.get(5), session, pages.get(5), "CPAS anti-spam de trop", "Trop",
                    "trop@example.be", 1, java.util.Map.of());
            assertThat(sixth.statusCode()).isEqualTo(200);
            assertThat(sixth.body()).contains("plusieurs inscriptions depuis votre connexion");
            assertThat(officer.get("/espace/seances/").body()).contains("CPAS anti-spam 4").doesNotContain("CPAS anti-spam de trop")
                    .doesNotContain("CPAS anti-spam robot");

            // An invitation sent now has already expired by the time its link is opened.
            String accounts = officer.get("/espace/comptes/").body();
            java.util.Map<String, String> invite = new java.util.LinkedHashMap<>();
            invite.put("invite", "invite");
            invite.put("fullName", "Nouvelle chargée");
            invite.put("email", "nouvelle.antispam@rebond.test");
            invite.put("role", "OFFICER");
            invite.put("cpasId", "");
            invite.put("send-invitation", "x");
            invite.put("jakarta.faces.ViewState", WebClient.viewState(accounts));
            assertThat(officer.post("/espace/comptes/", invite).statusCode()).isEqualTo(302);

            // SMTP up: the sender's retries deliver them.
            GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
            mail.start();
            try {
                long deadline = System.currentTimeMillis() + 60_000;
                while (System.currentTimeMillis() < deadline && java.util.Arrays.stream(mail.getReceivedMessages())
                        .filter(m -> names(subject(m), reference)).count() < 2) {
                    Thread.sleep(500);
                }
                assertThat(java.util.Arrays.stream(mail.getReceivedMessages())
                        .filter(m -> names(subject(m), reference))).hasSize(2);
                assertThat(officer.get("/espace/outbox/").body()).contains("Envoyé");
                java.util.Optional<String> link = java.util.Optional.empty();
                for (long until = System.currentTimeMillis() + 60_000; link.isEmpty() && System.currentTimeMillis() < until; ) {
                    link = java.util.Arrays.stream(mail.getReceivedMessages())
                            .filter(m -> recipient(m).equals("nouvelle.antispam@rebond.test")).map(CollaborationSpamIT::text)
                            .map(text -> text.replaceAll("(?s).*(/invitation\\?jeton=[A-Za-z0-9_-]+).*", "$1")).findFirst();
                    Thread.sleep(500);
                }
                assertThat(link).as("the invitation, delivered late").isPresent();
                assertThat(visitor(server).get(link.get()).body()).contains("n’est pas valable");
            } finally {
                mail.stop();
            }
        }
    }

    /** A visitor from the test's own client address. */
    private static WebClient visitor(PortalServer server) {
        return new WebClient(server).withHeader("X-Forwarded-For", ADDRESS);
    }

    /** Whether the subject names this reference (not one that merely starts with it: R-2026-1 in R-2026-12). */
    private static boolean names(String subject, String reference) {
        return subject.matches("(?s).*" + java.util.regex.Pattern.quote(reference) + "(\\D.*)?");
    }

    private static String subject(jakarta.mail.Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(jakarta.mail.Message message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(jakarta.mail.Message message) {
        try {
            return (String) message.getContent();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
