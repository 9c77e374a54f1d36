package be.miresem.rebond.reporting.web;

import be.miresem.rebond.shared.web.CsvExport;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.reporting.Reporting;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * /espace/tableau-de-bord/export.csv?table=…&amp;du=…&amp;au=…[&amp;cpas=…]: one dashboard table as CSV that
 * Excel in Belgium opens as it is (UTF-8 with a byte-order mark, semicolons) and can sum and chart: figures are
 * numbers with a decimal comma, a share's rate, part and whole in three columns ({@link DashboardTables#csv}).
 * The caller's rights are those of the dashboard (an agent gets their own CPAS's tables). A wrong period is a
 * 400 with a French message, an unknown table a 404.
 */
@WebServlet(urlPatterns = "/espace/tableau-de-bord/export.csv")
public class DashboardExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Reporting reporting;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PeriodParams params = PeriodParams.parse(request.getParameter("du"), request.getParameter("au"),
                request.getParameter("cpas"), reporting.thisYear());
        if (!params.isValid()) {
            response.setContentType("text/plain;charset=UTF-8");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().println(String.join("\n", params.getErrors().values()));
            return;
        }
        DashboardTables.Links noLinks = (indicator, cpas, period) -> null;
        List<DashboardTables.Table> tables = currentUser.isOfficer()
                ? DashboardTables.officer(reporting.officerDashboard(params.period(), params.cpasId()), noLinks)
                : DashboardTables.partner(reporting.partnerDashboard(params.period()), noLinks);
        String id = request.getParameter("table");
        DashboardTables.Table table = tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        if (table == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DashboardTables.Csv numbers = DashboardTables.csv(table);
        try (CsvExport csv = CsvExport.open(response, "rebond-" + table.id() + "-" + params.period().from()
                + "-" + params.period().to() + ".csv", numbers.headers())) {
            for (List<String> row : numbers.rows()) {
                csv.row(row);
            }
        }
    }
}
