package be.miresem.rebond.casefile.web;

import be.miresem.rebond.shared.web.CsvExport;
import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.shared.web.Messages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * /espace/dossiers/export.csv: the caller's cases (all for the officer, or one CPAS's with ?cpas=; their own
 * CPAS's for an agent, whatever the parameter) as CSV
 * that Excel in Belgium opens as it is (UTF-8 with a byte-order mark, semicolons). Each export is written to
 * the access log of every case it contains.
 */
@WebServlet(urlPatterns = "/espace/dossiers/export.csv")
public class CaseExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFiles cases;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long cpasId = null;
        try {
            cpasId = request.getParameter("cpas") == null ? null : Long.valueOf(request.getParameter("cpas"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<CaseFile> rows = cases.export(cpasId);
        try (CsvExport csv = CsvExport.open(response, "dossiers.csv", List.of(
                Messages.text("casefile.col.lastName"), Messages.text("casefile.col.firstName"),
                Messages.text("casefile.col.cpas"), Messages.text("casefile.col.status"),
                Messages.text("casefile.col.employer"), Messages.text("casefile.col.function"),
                Messages.text("casefile.col.start"), Messages.text("casefile.col.end")))) {
            for (CaseFile c : rows) {
                csv.row(c.getBeneficiary().getLastName(), c.getBeneficiary().getFirstName(), c.getCpas().getName(),
                        Messages.text("CaseStatus." + c.getStatus()), c.getPlacementEmployer(), c.getJobFunction(),
                        c.getContractStart(), c.getContractEnd());
            }
        }
    }

}
