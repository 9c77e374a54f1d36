package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.time.DateFormats;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * /espace/dossiers/acces.json?id=: everything stored about one person, from every case of theirs, as a JSON file
 * for their access request, with the same French labels as the page ({@link SubjectView}). Officers only (404
 * for anyone else, as for an unknown case). Logged as an export in each case's access log.
 */
@WebServlet(urlPatterns = "/espace/dossiers/acces.json")
public class SubjectAccessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasePrivacy privacy;

    @Inject
    private DateFormats dates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CasePrivacy.SubjectData data;
        try {
            data = privacy.subjectData(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        CaseFile c = data.caseFile();
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (SubjectView.Case personCase : SubjectView.of(data, dates)) {
            JsonArrayBuilder sections = Json.createArrayBuilder();
            for (SubjectView.Section section : personCase.sections()) {
                JsonArrayBuilder rows = Json.createArrayBuilder();
                for (SubjectView.Row row : section.rows()) {
                    JsonObjectBuilder fields = Json.createObjectBuilder();
                    row.fields().forEach(field -> fields.add(field.label(), field.value()));
                    rows.add(fields);
                }
                sections.add(Json.createObjectBuilder().add("titre", section.title()).add("lignes", rows));
            }
            cases.add(Json.createObjectBuilder().add("dossier", personCase.id()).add("sections", sections));
        }
        String json = Json.createObjectBuilder().add("personne", c.getBeneficiary().getFullName())
                .add("dossiers", cases).build().toString();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"dossier-" + c.getId() + ".json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

}
