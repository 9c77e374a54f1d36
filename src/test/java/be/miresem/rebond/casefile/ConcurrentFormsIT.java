package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agents' main forms sent by many people at the same instant: every one is answered as if alone (no error
 * page, nothing lost, nothing stored twice); and the one retry of transactions rolled back for contention
 * ({@code shared.persistence.ContentionRetry}) at work in the container. The collaboration request, the session registration and the booking
 * have their own concurrency tests (CollaborationRequestIT, PresentationSessionIT, BookingIT).
 */
@ExtendWith(Portal.class)
class ConcurrentFormsIT {

    private static final int PEOPLE = 10;

    @Test
    void referralsAndJournalEntriesSentAtOnceAreAllStoredOnce(PortalServer server) throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        List<WebClient> agents = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            agents.add(Accounts.agent(server, PortalServer.COUVIN_AGENT));
        }

        // Ten referrals at once.
        List<HttpResponse<String>> referred = atOnce(agents, (agent, i) -> {
            FacesForm form = FacesForm.open(agent, "/espace/dossiers/orienter", "referral");
            Cases.referral("Simultané" + marker, "Personne" + i, "Couvin").forEach(form::set);
            return form;
        }, "Orienter");
        for (HttpResponse<String> response : referred) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        }
        String list = agents.get(0).get("/espace/dossiers/?nom=Simultan%C3%A9" + marker).body();
        for (int i = 0; i < PEOPLE; i++) {
            // One row of the list per case: the name's link in its row header.
            assertThat(list.split(">Simultané" + marker + " Personne" + i + "</a></th>", -1))
                    .as("Personne" + i + " listed once").hasSize(2);
        }

        // Ten journal entries on one case at once.
        long id = Cases.refer(agents.get(0), "Journal" + marker, "Commun", "Couvin");
        String casePage = "/espace/dossiers/dossier?id=" + id;
        List<HttpResponse<String>> written = atOnce(agents, (agent, i) -> FacesForm.open(agent, casePage, "journal")
                .choose("Type", "Appel").fill("Note", "Appel simultané n° " + i + " " + marker), "Ajouter au journal");
        for (HttpResponse<String> response : written) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        }
        String page = agents.get(0).get(casePage).body();
        for (int i = 0; i < PEOPLE; i++) {
            assertThat(page.split("Appel simultané n° " + i + " " + marker, -1)).as("entry " + i + " once").hasSize(2);
        }
    }

    @Test
    void aTransactionRolledBackForContentionIsTriedAgainUpToThreeTimes(PortalServer server) {
        // A service method whose first two transactions the "database" rolls back for contention: the third try
        // succeeds and the caller never sees the failures.
        HttpResponse<String> twice = new WebClient(server).get("/test/contention?fois=2");
        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(twice.body()).isEqualTo("essais=3");
        // Three failures in a row: no fourth try, the failure goes through.
        assertThat(new WebClient(server).get("/test/contention?fois=3").statusCode()).isEqualTo(500);
    }

    interface Filling {
        FacesForm fill(WebClient agent, int index);
    }

    /** Each agent's form filled first, then every button pressed at the same instant. */
    private static List<HttpResponse<String>> atOnce(List<WebClient> agents, Filling filling, String button)
            throws Exception {
        List<FacesForm> forms = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            forms.add(filling.fill(agents.get(i), i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(forms.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (FacesForm form : forms) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return form.press(button);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
