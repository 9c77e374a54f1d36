package be.miresem.rebond.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Forms;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.Sessions;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Presentation sessions over HTTP: capacity under concurrent registrations, waitlist, promotion by e-mail. */
@ExtendWith(Portal.class)
public class PresentationSessionIT {

    @Test
    void capacityHoldsUnderConcurrentRegistrationsAndACancellationPromotesTheWaitlist(PortalServer server)
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String title = "Présentation " + marker;
        WebClient officer = officer(server);
        String id = Sessions.create(officer, server, title, 10, 5);
        assertThat(new WebClient(server).get("/seances").body()).contains(title).contains("Places restantes : 5");

        int people = 12;
        List<WebClient> clients = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            WebClient client = new WebClient(server);
            clients.add(client);
            pages.add(client.get("/seances/inscription?id=" + id).body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            WebClient client = clients.get(i);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("registration", "registration");
            fields.put("cpasName", "CPAS " + i);
            fields.put("contactName", "Contact " + i);
            fields.put("email", "contact" + i + "." + marker + "@example.be");
            fields.put("participants", "1");
            fields.put("register", "S'inscrire");
            fields.put("jakarta.faces.ViewState", WebClient.viewState(pages.get(i)));
            posts.add(pool.submit(() -> {
                start.await();
                return client.post("/seances/inscription?id=" + id, fields);
            }));
        }
        start.countDown();
        int registered = 0;
        int waitlisted = 0;
        for (Future<HttpResponse<String>> post : posts) {
            String location = post.get().headers().firstValue("Location").orElseThrow();
            if (location.endsWith("statut=REGISTERED")) {
                registered++;
            } else if (location.endsWith("statut=WAITLISTED")) {
                waitlisted++;
            }
        }
        pool.shutdown();
        assertThat(registered).isEqualTo(5);
        assertThat(waitlisted).isEqualTo(7);
        assertThat(new WebClient(server).get("/seances").body()).contains("Complet : inscription sur liste d’attente.");

        // Cancelling one seat promotes the first on the waitlist, who is told by e-mail.
        String admin = officer.get("/espace/seances/").body();
        String section = admin.substring(admin.indexOf(title));
        String firstRegistered = section.replaceAll("(?s).*?(CPAS \\d+) · [^<]*· Inscrit.*", "$1");
        String firstWaiting = section.replaceAll("(?s).*?(CPAS \\d+) · [^<]*· Liste d’attente.*", "$1");
        assertThat(FacesForm.of(officer, "/espace/seances/", admin, "registrations")
                .press("Annuler l’inscription " + firstRegistered).statusCode()).isEqualTo(302);

        String promotedEmail = "contact" + firstWaiting.substring(5) + "." + marker + "@example.be";
        long deadline = System.currentTimeMillis() + 30_000;
        boolean told = false;
        while (!told && System.currentTimeMillis() < deadline) {
            told = Arrays.stream(server.mail().getReceivedMessages()).anyMatch(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(promotedEmail)
                            && m.getSubject().contains("une place s’est libérée");
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            });
            Thread.sleep(200);
        }
        assertThat(told).as("promotion e-mail to " + promotedEmail).isTrue();
        String after = officer.get("/espace/seances/").body();
        String afterSection = after.substring(after.indexOf(title));
        assertThat(afterSection).contains(firstWaiting + " · Contact " + firstWaiting.substring(5));
        assertThat(afterSection.split("Inscrit", -1).length - 1).as("seats taken after promotion").isGreaterThanOrEqualTo(5);
    }

    @Test
    void registrationFormRefusesBadInputInFrenchAndUnknownSessionsAre404(PortalServer server) {
        assertThat(new WebClient(server).get("/seances/inscription?id=999999").statusCode()).isEqualTo(404);
        String title = "Séance " + UUID.randomUUID().toString().substring(0, 6);
        String id = Sessions.create(officer(server), server, title, 12, 10);

        WebClient visitor = new WebClient(server);
        HttpResponse<String> refused = visitor.submit("/seances/inscription?id=" + id, "registration", "register",
                Map.of("cpasName", "CPAS de Doische", "contactName", "", "email", "pas-une-adresse",
                        "participants", "0"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("class=\"error-summary\"")
                .contains("id=\"contactName-error\">Ce champ est obligatoire.")
                .contains("id=\"email-error\">Cette adresse e-mail n’est pas valide.")
                .contains("id=\"participants-error\">Indiquez au moins un participant.")
                .contains("value=\"CPAS de Doische\"");

        // At most five people per registration (REBOND_SESSION_MAX_PARTICIPANTS), said next to the field.
        String form = Sessions.open(visitor, id);
        assertThat(form).contains("De 1 à 5 personnes par inscription.");
        HttpResponse<String> tooMany = Sessions.register(visitor, id, form, "CPAS de Doische", "Anne Lambert",
                "anne." + title.substring(7) + "@example.be", 6, Map.of());
        assertThat(tooMany.statusCode()).isEqualTo(200);
        assertThat(tooMany.body()).contains("id=\"participants-error\">Une inscription compte au plus 5 participants.")
                .contains("value=\"CPAS de Doische\"").contains("value=\"Anne Lambert\"");

        // The confirmation carries the registrant's name and nothing else they typed (no free text to relay).
        String email = "marc." + title.substring(7) + "@example.be";
        HttpResponse<String> done = Sessions.register(visitor, id, Sessions.open(visitor, id), "CPAS de Doische",
                "Marc Dupont", email, 5, Map.of());
        assertThat(done.statusCode()).isEqualTo(302);
        Mails.Mail confirmation = Mails.await(server, email, "inscription", 0);
        assertThat(confirmation.text()).startsWith("Bonjour Marc Dupont,").contains(title).doesNotContain(email);
    }

    /**
     * The same address registering three times (form, form again, officer's invitation flow aside) is one
     * registration; its e-mails carry a signed cancel link that a tampered copy cannot use; after the session the
     * officer records attendance, and a CPAS that came without a collaboration request waits on the officer's home
     * page until the one-click follow-up e-mail is sent.
     */
    @Test
    void oneRegistrationPerAddressASignedCancelLinkAndAttendanceLeadToAFollowUp(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String title = "Séance de suivi " + marker;
        String julie = "julie." + marker + "@example.be";
        String paul = "paul." + marker + "@example.be";
        WebClient officer = officer(server);
        String id;
        String sessionPage;
        // The session took place eight days ago: registered ten days ago, two days before it.
        try (RuntimeSettings past = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "-P10D")) {
            id = Sessions.create(officer, server, title, -8, 10);
            sessionPage = "/espace/seances/seance?id=" + id;
            WebClient visitor = new WebClient(server);
            HttpResponse<String> first = Sessions.register(visitor, id, Sessions.open(visitor, id), "CPAS de Doische",
                    "Julie Martin", julie, 1, Map.of());
            assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("statut=REGISTERED");
            HttpResponse<String> second = Sessions.register(visitor, id, Sessions.open(visitor, id), "CPAS de Doische",
                    "Julie Martin", julie, 2, Map.of());
            HttpResponse<String> third = Sessions.register(visitor, id, Sessions.open(visitor, id), "CPAS de Doische",
                    "Julie Martin", julie.toUpperCase(java.util.Locale.ROOT), 2, Map.of());
            assertThat(second.headers().firstValue("Location").orElseThrow()).contains("maj=true");
            String thanks = visitor.follow(third.headers().firstValue("Location").orElseThrow()
                    .replaceFirst("^https?://[^/]+", "")).body();
            assertThat(thanks).contains("l’inscription est mise à jour, sans prendre de place en plus");
            String registrations = officer.get(sessionPage).body();
            assertThat(registrations.split("CPAS de Doische —", -1).length - 1).as("one registration").isEqualTo(1);
            assertThat(Mails.await(server, julie, "mise à jour", 1).text()).contains("déjà inscrite");

            // The cancel link: a tampered copy is refused and cancels nothing; opening the genuine one asks first.
            String link = Mails.await(server, julie, "inscription à", 0).text()
                    .replaceAll("(?s).*" + java.util.regex.Pattern.quote(server.baseUrl()) + "(/seances/annuler\\?t=\\S+).*", "$1");
            String tampered = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");
            assertThat(visitor.get(tampered).body()).contains("Ce lien n’est plus valable");
            String confirm = visitor.get(link).body();
            assertThat(confirm).contains(title).contains("CPAS de Doische").contains("Annuler mon inscription");
            assertThat(officer.get(sessionPage).body()).as("opening the link changes nothing").contains("· Inscrit");
            String token = link.substring(link.indexOf("t=") + 2);
            HttpResponse<String> cancelled = visitor.submit("/seances/annuler?t=" + token, "cancel", "cancel-button",
                    Map.of("t", token));
            assertThat(cancelled.body()).contains("Votre inscription est annulée.");
            assertThat(officer.get(sessionPage).body()).contains("· Annulé");

            HttpResponse<String> other = Sessions.register(visitor, id, Sessions.open(visitor, id), "CPAS de Hastière",
                    "Paul Henrard", paul, 1, Map.of());
            assertThat(other.statusCode()).isEqualTo(302);
        }

        // After the session: attendance, then the follow-up of a CPAS that came without a request.
        assertThat(Forms.pressRow(officer, sessionPage, "Présent : CPAS de Hastière").statusCode()).isEqualTo(302);
        String after = officer.get(sessionPage).body();
        assertThat(after).contains("<strong>Présent</strong>").contains("Envoyer l’e-mail de suivi");
        String home = officer.get("/espace/").body();
        assertThat(home).contains("Après les séances").contains("CPAS de Hastière");
        assertThat(Forms.pressRow(officer, sessionPage, "Envoyer l’e-mail de suivi : CPAS de Hastière").statusCode())
                .isEqualTo(302);
        Mails.Mail followUp = Mails.await(server, paul, "après la séance", 0);
        assertThat(followUp.text()).startsWith("Bonjour Paul Henrard,").contains(server.baseUrl() + "/collaborer")
                .contains("Votre personne de contact à la Miresem");
        String homeAfter = officer.get("/espace/").body();
        assertThat(homeAfter.contains("Après les séances") ? homeAfter.replaceAll("(?s).*Après les séances(.*?)</section>.*", "$1")
                : "").as("the follow-up is no longer to do (the notification of the registration may stay)")
                .doesNotContain("CPAS de Hastière");
        assertThat(Forms.pressRow(officer, sessionPage, "Excusé : CPAS de Hastière").statusCode()).isEqualTo(302);
        assertThat(officer.get(sessionPage).body()).contains("<strong>Excusé</strong>");
    }

    private static WebClient officer(PortalServer server) {
        WebClient officer = new WebClient(server);
        officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
        return officer;
    }

}
