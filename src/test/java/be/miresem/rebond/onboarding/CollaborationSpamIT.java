package be.miresem.rebond.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Sessions;
import be.miresem.rebond.testing.WebClient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On a server of its own: the public forms' anti-spam rules (collaboration request, session registration) with
 * their real settings (3 s, 5 per hour),
 * the outbox when the SMTP server is down, then up (it starts late), and an expired invitation link
 * (invitations there last 0 minutes).
 */
class CollaborationSpamIT {

    @Test
    void honeypotTimeCheckRateLimitAndOutboxRetry() throws Exception {
        int smtpPort = PortalServer.freePort();
        try (PortalServer server = PortalServer.withEnvironment("spam", Map.of(
                "REBOND_DEMO", "false",
                "REBOND_OFFICER_EMAIL", "officier@rebond.test",
                "REBOND_OFFICER_PASSWORD", "Chargee-antispam-2026!",
                "REBOND_SMTP_HOST", "127.0.0.1",
                "REBOND_SMTP_PORT", Integer.toString(smtpPort),
                "REBOND_MAIL_RETRY_SECONDS", "1",
                "REBOND_INVITATION_MINUTES", "0"))) {
            server.start();

            // Too fast: refused politely, input kept; the same person sending again a moment later gets through.
            RequestForm quick = new RequestForm(new WebClient(server));
            HttpResponse<String> tooFast = quick.post(RequestForm.valid("CPAS de Froidchapelle", "Froidchapelle"));
            assertThat(tooFast.statusCode()).isEqualTo(200);
            assertThat(tooFast.body()).contains("envoyée très rapidement").contains("value=\"CPAS de Froidchapelle\"");
            RequestForm retry = new RequestForm(new WebClient(server));
            RequestForm.waitMinimumTime(3100);
            String reference = RequestForm.reference(retry.post(RequestForm.valid("CPAS de Froidchapelle", "Froidchapelle")));

            // Honeypot filled: refused, nothing stored.
            RequestForm bot = new RequestForm(new WebClient(server));
            RequestForm.waitMinimumTime(3100);
            Map<String, String> botFields = RequestForm.valid("CPAS robot", "Robotville");
            botFields.put("website", "http://spam.example");
            HttpResponse<String> refused = bot.post(botFields);
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("n’a pas pu être enregistrée");

            // Rate limit: four more accepted from this address (five in the hour), the sixth refused.
            java.util.List<RequestForm> forms = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                forms.add(new RequestForm(new WebClient(server)));
            }
            RequestForm.waitMinimumTime(3100);
            for (int i = 0; i < 4; i++) {
                assertThat(forms.get(i).post(RequestForm.valid("CPAS " + i, "Commune " + i)).statusCode()).isEqualTo(302);
            }
            HttpResponse<String> limited = forms.get(4).post(RequestForm.valid("CPAS de trop", "Trop"));
            assertThat(limited.statusCode()).isEqualTo(200);
            assertThat(limited.body()).contains("plusieurs demandes depuis votre connexion");

            // SMTP down: the messages wait in the outbox, with their error, visible to the officer.
            WebClient officer = new WebClient(server);
            officer.signIn("officier@rebond.test", "Chargee-antispam-2026!");
            Thread.sleep(1500);
            String outbox = officer.get("/espace/outbox/").body();
            assertThat(outbox).contains("Rebond : votre demande de collaboration " + reference).contains("En attente");

            // The registration for a presentation session: the same guard, counted apart from the requests.
            String session = Sessions.create(officer, server, "Séance de Cerfontaine", 14, 50);
            WebClient person = new WebClient(server);
            String opened = Sessions.open(person, session);
            HttpResponse<String> quickRegistration = Sessions.register(person, session, opened, "CPAS de Cerfontaine",
                    "Luc Martin", "luc.martin@example.be", 1, Map.of());
            assertThat(quickRegistration.statusCode()).isEqualTo(200);
            assertThat(quickRegistration.body()).contains("envoyée très rapidement").contains("value=\"Luc Martin\"");
            RequestForm.waitMinimumTime(3100);
            HttpResponse<String> botRegistration = Sessions.register(person, session, opened, "CPAS robot", "Robot",
                    "robot@example.be", 1, Map.of("website", "http://spam.example"));
            assertThat(botRegistration.body()).contains("Votre inscription n’a pas pu être enregistrée");
            java.util.List<WebClient> people = new java.util.ArrayList<>();
            java.util.List<String> pages = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                people.add(new WebClient(server));
                pages.add(Sessions.open(people.get(i), session));
            }
            RequestForm.waitMinimumTime(3100);
            for (int i = 0; i < 5; i++) {
                assertThat(Sessions.register(people.get(i), session, pages.get(i), "CPAS " + i, "Contact " + i,
                        "contact" + i + "@example.be", 1, Map.of()).statusCode()).as("registration " + i).isEqualTo(302);
            }
            HttpResponse<String> sixth = Sessions.register(people.get(5), session, pages.get(5), "CPAS de trop", "Trop",
                    "trop@example.be", 1, Map.of());
            assertThat(sixth.statusCode()).isEqualTo(200);
            assertThat(sixth.body()).contains("plusieurs inscriptions depuis votre connexion");
            assertThat(officer.get("/espace/seances/").body()).contains("CPAS 4").doesNotContain("CPAS de trop")
                    .doesNotContain("CPAS robot");

            // An invitation sent now has already expired by the time its link is opened.
            String accounts = officer.get("/espace/comptes/").body();
            java.util.Map<String, String> invite = new java.util.LinkedHashMap<>();
            invite.put("invite", "invite");
            invite.put("fullName", "Nouvelle chargée");
            invite.put("email", "nouvelle@rebond.test");
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
                        .filter(m -> CollaborationRequestIT.subject(m).contains(reference)).count() < 2) {
                    Thread.sleep(500);
                }
                assertThat(java.util.Arrays.stream(mail.getReceivedMessages())
                        .filter(m -> CollaborationRequestIT.subject(m).contains(reference))).hasSize(2);
                assertThat(officer.get("/espace/outbox/").body()).contains("Envoyé");
                String link = be.miresem.rebond.account.AccountsIT.invitationLink(mail, "nouvelle@rebond.test");
                assertThat(new WebClient(server).get(link).body()).contains("n’est pas valable");
            } finally {
                mail.stop();
            }
        }
    }
}
