package be.miresem.rebond.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.DemoCasesPortal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Tables;
import be.miresem.rebond.testing.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo as `mvn -Prun` starts it: with the demo case files (which the main shared portal turns off), the portal
 * starts, the cases are the demo CPAS's, and the dashboards show figures rather than zeros. On the portal it shares
 * with HostileInputIT ({@link DemoCasesPortal}), before the crawl adds cases: it runs first.
 */
@ExtendWith(DemoCasesPortal.class)
@Order(1)
class DemoCasesIT {

    @Test
    void theDemoComesWithCaseFilesThatTheDashboardsCount(PortalServer server) {
        WebClient officer = new WebClient(server);
        assertThat(officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(officer.get("/espace/dossiers/").body()).contains("20 dossiers").contains("Lambert Julie")
                .contains("Pirard Louis");
        String thisYear = officer.get("/espace/tableau-de-bord/").body();
        Map<String, List<String>> cpas = Tables.table(thisYear, "cpas");
        assertThat(Long.parseLong(cpas.get("CPAS de Couvin").get(0))).as("followed this year").isPositive();
        assertThat(Long.parseLong(cpas.get("CPAS de Momignies").get(0))).isPositive();
        String twoYears = officer.get("/espace/tableau-de-bord/?du=" + java.time.LocalDate.now().minusYears(2) + "&au="
                + java.time.LocalDate.now()).body();
        assertThat(Tables.table(twoYears, "situations").get("Personnes concernées"))
                .allSatisfy(cohort -> assertThat(Long.parseLong(cohort)).isPositive());

        WebClient agent = new WebClient(server);
        assertThat(agent.signIn(PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        String cases = agent.get("/espace/dossiers/").body();
        assertThat(cases).contains("10 dossiers").contains("Lambert Julie").doesNotContain("Pirard Louis");
    }
}
