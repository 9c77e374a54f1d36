package be.miresem.rebond.survey.web;

import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.web.CsvExport;
import be.miresem.rebond.survey.Satisfaction;
import be.miresem.rebond.survey.SatisfactionFigures;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * /espace/satisfaction/export.csv?annee=: each questionnaire's figures of the year and of each quarter, as numbers
 * Excel in Belgium reads (decimal comma): sent, answered, response rate, answers to scale questions, satisfied,
 * index. Officers only (the web.xml constraint, and the service).
 */
@WebServlet(urlPatterns = "/espace/satisfaction/export.csv")
public class SatisfactionExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Satisfaction satisfaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year = satisfaction.currentYear();
        String asked = request.getParameter("annee");
        if (asked != null && asked.matches("20\\d\\d")) {
            year = Integer.parseInt(asked);
        }
        List<Satisfaction.Result> results;
        try {
            results = satisfaction.results(year);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try (CsvExport csv = CsvExport.open(response, "rebond-satisfaction-" + year + ".csv", List.of("Enquête",
                "Période", "Envoyées", "Répondues", "Taux de réponse", "Réponses sur une échelle", "Réponses 4 ou 5",
                "Indice de satisfaction"))) {
            for (Satisfaction.Result result : results) {
                csv.row(row(result.questionnaire().getTitle(), Integer.toString(year), result.year()));
                for (int q = 0; q < result.quarters().size(); q++) {
                    csv.row(row(result.questionnaire().getTitle(), year + "-T" + (q + 1), result.quarters().get(q)));
                }
            }
        }
    }

    private static List<Object> row(String title, String period, SatisfactionFigures figures) {
        List<Object> row = new ArrayList<>();
        row.add(title);
        row.add(period);
        row.add(figures.sent());
        row.add(figures.answered());
        row.add(decimal(figures.responseRate()));
        row.add(figures.scaleAnswers());
        row.add(figures.satisfied());
        row.add(decimal(figures.index()));
        return row;
    }

    private static String decimal(Double value) {
        return value == null ? null : new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("fr-BE")))
                .format(value);
    }
}
