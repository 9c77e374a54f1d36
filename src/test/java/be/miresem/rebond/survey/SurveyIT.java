package be.miresem.rebond.survey;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.SurveyLinks;
import be.miresem.rebond.testing.WebClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Satisfaction surveys over HTTP: a hire invites the employer once, by an e-mail that names no beneficiary; the link
 * answers, refuses an answer out of range next to its question, lets the employer change the answers; a changed or
 * expired link gets a French page; the officer sees the results and the comment attributed to the employer, the
 * public page suppresses them under 5 answers; a quarter's pulse reaches every agent once, answered signed in.
 */
@ExtendWith(Portal.class)
class SurveyIT {

    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile("name=\"(q\\d+)\"");

    @Test
    void aHireInvitesTheEmployerOnceWhoAnswersAndChangesTheAnswers(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String contact = "luc." + marker + "@menuiserie.test";
        SurveyLinks.hire(server, marker, contact);
        Mails.Mail invitation = Mails.await(server, contact, "Votre avis sur l’embauche", 0, Duration.ofSeconds(75));
        assertThat(invitation.text()).startsWith("Bonjour Luc Martin,").doesNotContain("Embauché" + marker)
                .doesNotContain("Paul");
        String link = SurveyLinks.in(invitation);

        WebClient employer = new WebClient(server);
        String page = employer.get(link).body();
        assertThat(page).contains("Votre avis sur l’embauche").contains("1 – Pas du tout").contains("5 – Tout à fait")
                .contains("Comment avez-vous connu Rebond ?");
        // Out of range: refused next to the question, the other answers kept.
        FacesForm form = FacesForm.open(employer, link, "survey");
        java.util.List<String> questions = QUESTION.matcher(page).results().map(m -> m.group(1)).distinct().toList();
        String firstQuestion = questions.get(0);
        String secondQuestion = questions.get(1);
        String comment = questions.get(questions.size() - 1);
        String refused = form.set(firstQuestion, "9").set(secondQuestion, "4").set(comment, "Très bon contact " + marker)
                .press("Envoyer mes réponses").body();
        assertThat(refused).contains("id=\"" + firstQuestion + "-error\">Choisissez une des réponses proposées.")
                .contains("Très bon contact " + marker).containsPattern("value=\"4\" checked");
        assertThat(FacesForm.open(employer, link, "survey").set(firstQuestion, "5").set(secondQuestion, "4")
                .set(comment, "Très bon contact " + marker).press("Envoyer mes réponses").statusCode()).isEqualTo(302);
        assertThat(employer.get(link).body()).contains("Merci, vos réponses sont enregistrées.")
                .contains("Enregistrer mes nouvelles réponses");
        // Changed: one answer per question still.
        assertThat(FacesForm.open(employer, link, "survey").set(firstQuestion, "2").press("Enregistrer mes nouvelles réponses")
                .statusCode()).isEqualTo(302);
        assertThat(employer.get(link).body()).containsPattern("id=\"" + firstQuestion + "-2\" value=\"2\" checked");

        // A changed link, and the link once expired: a French page, nothing to answer.
        String tampered = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");
        assertThat(employer.get(tampered).body()).contains("Ce lien d’enquête n’est pas valable ou a expiré.")
                .doesNotContain("Envoyer mes réponses");
        try (RuntimeSettings later = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "P31D")) {
            assertThat(employer.get(link).body()).contains("Ce lien d’enquête n’est pas valable ou a expiré.");
        }

        // The officer sees the comment attributed to the employer; the public page suppresses a single answer.
        String results = Accounts.officer(server).get("/espace/satisfaction/").body();
        assertThat(results).contains("Votre avis sur l’embauche").contains("Très bon contact " + marker)
                .contains("Menuiserie " + marker);
        assertThat(new WebClient(server).get("/resultats").body()).contains("Employeurs").contains("moins de 5");
        assertThat(Mails.to(server, contact, "Votre avis sur l’embauche")).as("one invitation per hire").hasSize(1);
    }

    @Test
    void aQuartersPulseReachesEveryAgentOnceAnsweredSignedIn(PortalServer server) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        // A quarter two years ahead: no other test moves the clock that far (a nearer quarter's pulse may have gone
        // out while another test had the clock months ahead).
        LocalDate nextQuarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1).plusMonths(24);
        long days = ChronoUnit.DAYS.between(today, nextQuarter.plusDays(1));
        String subject = "Sommes-nous dans la bonne direction";
        int couvinBefore = Mails.to(server, PortalServer.COUVIN_AGENT, subject).size();
        int momigniesBefore = Mails.to(server, PortalServer.MOMIGNIES_AGENT, subject).size();
        String link;
        try (RuntimeSettings nextQuarterStart = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "P" + days + "D")) {
            link = SurveyLinks.in(Mails.await(server, PortalServer.COUVIN_AGENT, subject, couvinBefore, Duration.ofSeconds(75)));
            Mails.await(server, PortalServer.MOMIGNIES_AGENT, subject, momigniesBefore, Duration.ofSeconds(30));
            assertThat(link).startsWith("/espace/enquete?t=");

            WebClient couvin = Accounts.agent(server, PortalServer.COUVIN_AGENT);
            String page = couvin.get(link).body();
            assertThat(page).contains("Sommes-nous dans la bonne direction ?");
            String first = QUESTION.matcher(page).results().map(m -> m.group(1)).findFirst().orElseThrow();
            assertThat(FacesForm.open(couvin, link, "survey").set(first, "4").press("Envoyer mes réponses").statusCode())
                    .isEqualTo(302);
            assertThat(Accounts.agent(server, PortalServer.MOMIGNIES_AGENT).get(link).body())
                    .as("another agent's pulse").contains("Ce lien d’enquête n’est pas valable ou a expiré.");
            // The officer's results narrowed to Couvin: its agent's answer, with the quarter's trend.
            WebClient officer = Accounts.officer(server);
            String couvinId = officer.get("/espace/echanges/").body()
                    .replaceAll("(?s).*/espace/echanges/\\?cpas=(\\d+)\">CPAS de Couvin<.*", "$1");
            assertThat(officer.get("/espace/satisfaction/?cpas=" + couvinId).body())
                    .contains("Sommes-nous dans la bonne direction ?").containsPattern("1 répondue sur \\d+")
                    .contains("class=\"bars trend\"");
            try {
                Thread.sleep(35_000); // another run of the job: nobody is invited twice for the quarter
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(Mails.to(server, PortalServer.COUVIN_AGENT, subject)).hasSize(couvinBefore + 1);
        assertThat(Mails.to(server, PortalServer.MOMIGNIES_AGENT, subject)).hasSize(momigniesBefore + 1);
    }

    @Test
    void aBeneficiarysAnswersAreRecordedOnTheCaseShownToThemAndErasedWithIt(PortalServer server) {
        String marker = be.miresem.rebond.testing.Privacy.marker();
        WebClient agent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        long caseId = be.miresem.rebond.testing.Cases.refer(agent, marker, "Inès", "Momignies");
        String casePage = "/espace/dossiers/dossier?id=" + caseId;
        // Another person agreed to receive it by e-mail.
        String other = be.miresem.rebond.testing.Privacy.marker();
        String address = "lea." + other.toLowerCase() + "@exemple.test";
        java.util.Map<String, String> byMail = be.miresem.rebond.testing.Cases.referral(other, "Léa", "Momignies");
        byMail.put("email", address);
        byMail.put("surveyByEmail", "on");
        be.miresem.rebond.testing.Cases.refer(agent, byMail);
        // Five months on, the contract (planned to end in two) ended three months ago: the survey is on the case.
        try (RuntimeSettings later = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "P155D")) {
            String page = agent.get(casePage).body();
            for (int i = 0; i < 150 && !page.contains("Votre avis sur l’accompagnement"); i++) {
                sleep(500);
                page = agent.get(casePage).body();
            }
            assertThat(page).contains("Enquêtes de satisfaction").contains("Remplir avec la personne");
            String survey = page.replaceAll("(?s).*href=\"(/espace/enquete\\?enquete=\\d+)\".*", "$1");
            assertThat(Accounts.agent(server, PortalServer.COUVIN_AGENT).get(survey).body()).as("another CPAS")
                    .contains("Ce lien d’enquête n’est pas valable ou a expiré.");
            String form = agent.get(survey).body();
            java.util.List<String> questions = QUESTION.matcher(form).results().map(m -> m.group(1)).distinct().toList();
            assertThat(FacesForm.open(agent, survey, "survey").set(questions.get(0), "5")
                    .set(questions.get(questions.size() - 1), "Le suivi après le contrat " + marker)
                    .press("Envoyer mes réponses").statusCode()).isEqualTo(302);
            assertThat(agent.get(casePage).body()).contains("Les réponses de la personne sont enregistrées dans son dossier.")
                    .contains("Répondue le");
            Mails.Mail mail = Mails.await(server, address, "Votre avis sur l’accompagnement", 0, Duration.ofSeconds(75));
            assertThat(mail.text()).startsWith("Bonjour Léa,").doesNotContain(other).contains("/enquete?t=");
        }
        WebClient officer = Accounts.officer(server);
        assertThat(officer.get("/espace/dossiers/acces?id=" + caseId).body()).as("subject access")
                .contains("Réponses aux enquêtes de satisfaction").contains("Le suivi après le contrat " + marker);

        // The withdrawal of consent erases the case: the answers go with it.
        assertThat(FacesForm.open(agent, casePage, "withdraw").check("La personne retire son consentement", true)
                .press("Enregistrer le retrait et effacer").statusCode()).isEqualTo(302);
        assertThat(be.miresem.rebond.testing.Privacy.databaseHolding(server, marker)).isEmpty();
        assertThat(agent.get(casePage).body()).doesNotContain("Votre avis sur l’accompagnement");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theOfficerRewritesAQuestionnaireAsANewVersion(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        WebClient officer = Accounts.officer(server);
        String page = "/espace/satisfaction/questionnaire?code=SESSION";
        String form = officer.get(page).body();
        assertThat(form).contains("Votre avis sur la séance de présentation").containsPattern("Version \\d+");
        int version = Integer.parseInt(form.replaceAll("(?s).*Version (\\d+)\\..*", "$1"));

        // Refused: no title; a choice with one answer. What was typed stays.
        String refused = FacesForm.open(officer, page, "questionnaire").set("questionnaireTitle", "")
                .set("q4-text", "Par quel canal ? " + marker).set("q4-kind", "CHOICE").set("q4-choices", "Un seul")
                .press("Enregistrer une nouvelle version").body();
        assertThat(refused).contains("id=\"questionnaireTitle-error\">Indiquez un titre.").contains("Par quel canal ? " + marker);
        refused = FacesForm.open(officer, page, "questionnaire").set("q4-text", "Par quel canal ? " + marker)
                .set("q4-kind", "CHOICE").set("q4-choices", "Un seul").press("Enregistrer une nouvelle version").body();
        assertThat(refused).contains("id=\"q4-choices-error\">Indiquez au moins deux réponses possibles");

        assertThat(FacesForm.open(officer, page, "questionnaire").set("questionnaireTitle", "La séance, en trois questions " + marker)
                .set("q4-text", "Par quel canal avez-vous connu la séance ? " + marker).set("q4-kind", "CHOICE")
                .set("q4-choices", "Un e-mail | Un autre CPAS | Autrement").press("Enregistrer une nouvelle version")
                .statusCode()).isEqualTo(302);
        String saved = officer.get(page).body();
        assertThat(saved).contains("La nouvelle version de l’enquête est enregistrée").contains("Version " + (version + 1) + ".")
                .contains("Par quel canal avez-vous connu la séance ? " + marker).contains("Un e-mail | Un autre CPAS | Autrement");
        assertThat(officer.get("/espace/satisfaction/").body()).contains("La séance, en trois questions " + marker);
        assertThat(Accounts.agent(server, PortalServer.COUVIN_AGENT).get(page).statusCode()).isIn(403, 404);
    }

    @Test
    void theOfficerCreatesAQuestionnaireSetsItsSendingAndPausesItAndTheEmailsOptOutLinkStopsTheSurveys(
            PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String title = "Après l’embauche " + marker;
        WebClient officer = Accounts.officer(server);

        // A new questionnaire for employers after a hire: created paused, it cannot start without questions.
        java.net.http.HttpResponse<String> created = FacesForm.open(officer, "/espace/satisfaction/", "new-questionnaire")
                .set("newTitle", title).set("newTrigger", "HIRE").press("Créer l’enquête");
        assertThat(created.statusCode()).isEqualTo(302);
        String page = created.headers().firstValue("location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(page).matches("/espace/satisfaction/questionnaire\\?code=Q\\d+");
        assertThat(officer.get(page).body()).contains("L’enquête est créée, en pause.")
                .contains("Cette enquête est en pause").contains("à l’employeur, dès l’embauche");
        assertThat(FacesForm.open(officer, page, "sending").set("paused", "0").press("Enregistrer l’envoi").body())
                .contains("id=\"paused-error\">Écrivez d’abord les questions");
        assertThat(FacesForm.open(officer, page, "questionnaire").set("q1-text", "L’intégration se passe-t-elle bien ? " + marker)
                .set("q1-kind", "SCALE").press("Enregistrer une nouvelle version").statusCode()).isEqualTo(302);

        // Bad sending values: refused next to their field, what was typed kept.
        String refused = FacesForm.open(officer, page, "sending").set("paused", "0").set("delays", "0, 3")
                .set("openDays", "10").set("remindDays", "12").press("Enregistrer l’envoi").body();
        assertThat(refused).contains("id=\"remindDays-error\">Indiquez un nombre de jours inférieur à la durée de réponse (10 jours)")
                .contains("value=\"0, 3\"").contains("value=\"12\"");
        assertThat(FacesForm.open(officer, page, "sending").set("paused", "0").set("delays", "deux")
                .press("Enregistrer l’envoi").body()).contains("id=\"delays-error\">Indiquez des nombres entiers");
        assertThat(FacesForm.open(officer, page, "sending").set("paused", "0").set("delays", "0")
                .set("openDays", "10").set("remindDays", "2").press("Enregistrer l’envoi").statusCode()).isEqualTo(302);
        assertThat(officer.get(page).body()).contains("L’envoi de l’enquête est enregistré.").doesNotContain("est en pause");

        // A hire: the employer gets the shipped questionnaire and this one; this one's reminder comes after 2 days.
        String first = "rita." + marker + "@boulangerie.test";
        SurveyLinks.hire(server, marker, first);
        Mails.Mail mine = Mails.await(server, first, title, 0, Duration.ofSeconds(75));
        Mails.Mail shipped = Mails.await(server, first, "Votre avis sur l’embauche", 0, Duration.ofSeconds(30));
        assertThat(mine.text()).contains("Vous ne souhaitez plus recevoir d’enquêtes de Rebond ? Dites-le ici :")
                .contains("/enquete?arret=");
        try (RuntimeSettings later = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "P3D")) {
            Mails.await(server, first, title + " (rappel)", 0, Duration.ofSeconds(75));
            assertThat(Mails.to(server, first, "Votre avis sur l’embauche (rappel)")).as("its reminder: 7 days").isEmpty();
        }

        // The e-mail's opt-out link asks for a confirmation (a changed one is refused in French).
        String stop = SurveyLinks.stopIn(shipped);
        WebClient employer = new WebClient(server);
        assertThat(employer.get(stop + "x").body()).contains("Ce lien n’est pas valable ou a expiré.")
                .doesNotContain("id=\"stop-button\"");
        assertThat(employer.get(stop).body()).contains("Ne plus recevoir d’enquêtes").contains("id=\"stop-button\"");
        assertThat(FacesForm.open(employer, stop, "stop").press("Ne plus recevoir d’enquêtes").body())
                .contains("C’est noté : vous ne recevrez plus d’enquêtes de Rebond.");

        // Paused: the next hire's employer gets the shipped questionnaire only.
        assertThat(FacesForm.open(officer, page, "sending").set("paused", "1").press("Enregistrer l’envoi").statusCode())
                .isEqualTo(302);
        assertThat(officer.get("/espace/satisfaction/").body()).contains("Employeurs · en pause");
        String second = "marc." + marker + "@boulangerie.test";
        SurveyLinks.hire(server, marker + "b", second);
        Mails.await(server, second, "Votre avis sur l’embauche", 0, Duration.ofSeconds(75));
        assertThat(Mails.to(server, second, title)).as("paused").isEmpty();

        // A week on: the second employer is reminded; the first, who opted out, is not (its reminder came due first).
        try (RuntimeSettings later = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "P8D")) {
            Mails.await(server, second, "Votre avis sur l’embauche (rappel)", 0, Duration.ofSeconds(75));
            assertThat(Mails.to(server, first, "Votre avis sur l’embauche (rappel)")).as("opted out").isEmpty();
        }
    }
}
