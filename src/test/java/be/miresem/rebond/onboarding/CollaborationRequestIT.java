package be.miresem.rebond.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RequestForm;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public collaboration request form over HTTP, against the real server and a real SMTP server. */
@ExtendWith(Portal.class)
class CollaborationRequestIT {

    private static final String YEAR = Integer.toString(Year.now(ZoneId.of("Europe/Brussels")).getValue());

    @Test
    void validRequestIsStoredWithAReferenceThenConfirmedByMail(PortalServer server) throws Exception {
        String cpas = "CPAS de Doische " + UUID.randomUUID().toString().substring(0, 6);
        RequestForm form = new RequestForm(new WebClient(server));
        
        HttpResponse<String> sent = form.post(RequestForm.valid(cpas, "Doische"));
        assertThat(sent.statusCode()).isEqualTo(302);
        String reference = RequestForm.reference(sent);
        assertThat(reference).matches("COL-" + YEAR + "-\\d{4}");

        HttpResponse<String> confirmation = new WebClient(server).get("/collaborer/merci?ref=" + reference);
        assertThat(confirmation.body()).contains("Merci, votre demande est enregistrée")
                .contains("Votre numéro de référence : " + reference).contains("cinq jours ouvrables");

        // One to the requester and one to each officer (the shared portal has several): wait for both of these.
        Mails.Mail toRequester = Mails.await(server, "anne.lambert@example.be", reference, 0);
        assertThat(toRequester.subject()).isEqualTo("Rebond : votre demande de collaboration " + reference);
        assertThat(toRequester.text()).contains("Bonjour Anne Lambert").contains(reference).contains(cpas);
        Mails.Mail toOfficer = Mails.await(server, PortalServer.OFFICER_EMAIL, reference, 0);
        assertThat(toOfficer.subject()).contains(reference).contains(cpas);
        assertThat(toOfficer.text()).contains("Commune : Doische");
    }

    @Test
    void postingTheSameFormAgainOrReloadingTheConfirmationCreatesNothingNew(PortalServer server) {
        RequestForm form = new RequestForm(new WebClient(server));
        
        Map<String, String> fields = RequestForm.valid("CPAS de Hastière", "Hastière");
        String first = RequestForm.reference(form.post(fields));
        String again = RequestForm.reference(form.post(fields));
        assertThat(again).isEqualTo(first);
        WebClient web = new WebClient(server);
        web.get("/collaborer/merci?ref=" + first);
        web.get("/collaborer/merci?ref=" + first);
        RequestForm next = new RequestForm(new WebClient(server));
        
        String following = RequestForm.reference(next.post(fields));
        assertThat(sequence(following)).isEqualTo(sequence(first) + 1);
    }

    @Test
    void aDoubleClickCreatesOneRequest(PortalServer server) throws Exception {
        RequestForm form = new RequestForm(new WebClient(server));
        
        Map<String, String> fields = RequestForm.valid("CPAS de Philippeville", "Philippeville");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(pool.submit(() -> {
                start.await();
                return form.post(fields);
            }));
        }
        start.countDown();
        String a = RequestForm.reference(clicks.get(0).get());
        String b = RequestForm.reference(clicks.get(1).get());
        pool.shutdown();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void twentyConcurrentRequestsGetUniqueGapFreeReferences(PortalServer server) throws Exception {
        List<RequestForm> forms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            forms.add(new RequestForm(new WebClient(server)));
        }
        
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            RequestForm form = forms.get(i);
            Map<String, String> fields = RequestForm.valid("CPAS concurrent " + i, "Commune " + i);
            posts.add(pool.submit(() -> {
                start.await();
                return form.post(fields);
            }));
        }
        start.countDown();
        int[] numbers = new int[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            HttpResponse<String> response = posts.get(i).get();
            assertThat(response.statusCode()).as("no error page").isEqualTo(302);
            numbers[i] = sequence(RequestForm.reference(response));
        }
        pool.shutdown();
        Arrays.sort(numbers);
        assertThat(Arrays.stream(numbers).distinct().count()).isEqualTo(20);
        assertThat(numbers[19] - numbers[0]).as("no gaps").isEqualTo(19);
    }

    @Test
    void invalidRequestComesBackWithEveryErrorAndEverythingTyped(PortalServer server) {
        RequestForm form = new RequestForm(new WebClient(server));
        
        Map<String, String> fields = RequestForm.valid("CPAS de Cerfontaine", "");
        fields.put("enterpriseNumber", "0212.345.678");
        fields.put("email", "pas-une-adresse");
        fields.put("phone", "12");
        fields.put("article60PerYear", "20000");
        fields.remove("consent");
        HttpResponse<String> refused = form.post(fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("class=\"error-summary\"").contains("href=\"#commune\"").contains("href=\"#email\"")
                .contains("id=\"commune-error\">Ce champ est obligatoire.")
                .contains("id=\"enterpriseNumber-error\">Ce numéro d’entreprise n’est pas valide")
                .contains("id=\"email-error\">Cette adresse e-mail n’est pas valide.")
                .contains("id=\"phone-error\">Indiquez un numéro belge")
                .contains("id=\"article60PerYear-error\">Indiquez un nombre entier entre 0 et 10000.")
                .contains("id=\"consent-error\">Cochez cette case")
                .contains("value=\"CPAS de Cerfontaine\"").contains("value=\"pas-une-adresse\"")
                .contains("value=\"0212.345.678\"").contains("Nous aimerions en savoir plus.");
    }

    @Test
    void enterpriseNumberIsAcceptedInItsUsualForms(PortalServer server) {
        for (String number : List.of("0212.345.668", "BE0212345668", "BE 0212 345 668")) {
            RequestForm form = new RequestForm(new WebClient(server));
            
            Map<String, String> fields = RequestForm.valid("CPAS de Walcourt", "Walcourt");
            fields.put("enterpriseNumber", number);
            assertThat(form.post(fields).statusCode()).as(number).isEqualTo(302);
        }
    }

    static int sequence(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }
}
