package be.miresem.rebond.onboarding.web;

import be.miresem.rebond.onboarding.CollaborationRequest;
import be.miresem.rebond.onboarding.OnboardingService;
import be.miresem.rebond.shared.time.ClockProducer;
import be.miresem.rebond.shared.web.CsvExport;
import be.miresem.rebond.shared.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * /espace/onboarding/export.csv: the filtered list as CSV that Excel in Belgium opens as it is
 * (UTF-8 with a byte-order mark, semicolons). Same filter parameters as the list page. Officers only.
 */
@WebServlet(urlPatterns = "/espace/onboarding/export.csv")
public class RequestExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ROWS = 100_000;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private RequestListBacking list;


    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        list.setStage(request.getParameter("etape"));
        list.setCommune(request.getParameter("commune"));
        list.setOverdue("true".equals(request.getParameter("retard")));
        list.setText(request.getParameter("q"));
        list.setSort(request.getParameter("tri"));
        List<CollaborationRequest> rows = onboarding.list(list.filter(), 0, MAX_ROWS);

        try (CsvExport csv = CsvExport.open(response, "demandes-de-collaboration.csv", List.of(
                Messages.text("export.col.reference"), Messages.text("export.col.date"), Messages.text("export.col.cpas"),
                Messages.text("export.col.commune"), Messages.text("export.col.enterpriseNumber"),
                Messages.text("export.col.contact"), Messages.text("export.col.function"), Messages.text("export.col.email"),
                Messages.text("export.col.phone"), Messages.text("export.col.article60"), Messages.text("export.col.stage"),
                Messages.text("export.col.nextAction"), Messages.text("export.col.due")))) {
            for (CollaborationRequest r : rows) {
                csv.row(r.getReference(), r.getCreatedAt().atZone(ClockProducer.ZONE).toLocalDate(),
                        r.getCpasName(), r.getCommune(), r.getEnterpriseNumber(), r.getContactName(), r.getContactFunction(),
                        r.getEmail(), r.getPhone(), r.getArticle60PerYear(), Messages.text("OnboardingStage." + r.getStage()),
                        r.getNextAction(), r.getNextActionDue());
            }
        }
    }
}
