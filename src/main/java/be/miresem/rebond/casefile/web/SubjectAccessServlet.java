package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.Beneficiary;
import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
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
 * /espace/dossiers/acces.json?id=: everything stored about one beneficiary as a JSON file, for their access
 * request. Officers only (404 for anyone else, as for an unknown case). Logged as an export.
 */
@WebServlet(urlPatterns = "/espace/dossiers/acces.json")
public class SubjectAccessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasePrivacy privacy;

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
        Beneficiary b = c.getBeneficiary();
        JsonObjectBuilder person = Json.createObjectBuilder().add("nom", text(b.getLastName())).add("prenom", text(b.getFirstName()))
                .add("anneeNaissance", b.getBirthYear()).add("telephone", text(b.getPhone())).add("email", text(b.getEmail()))
                .add("commune", text(b.getCommune())).add("competences", text(b.getSkills()))
                .add("permisB", b.isDrivingLicence()).add("transport", text(b.getTransport()))
                .add("langues", text(b.getLanguages())).add("qualifications", text(b.getQualifications()))
                .add("note", text(b.getNote())).add("consentement", Json.createObjectBuilder()
                        .add("date", b.getConsentOn().toString()).add("forme", b.getConsentMethod().name())
                        .add("enregistrePar", b.getConsentBy()));
        JsonObjectBuilder caseFile = Json.createObjectBuilder().add("cpas", c.getCpas().getName()).add("statut", c.getStatus().name())
                .add("motifCloture", text(c.getClosingReason())).add("debutContrat", c.getContractStart().toString())
                .add("finPrevue", c.getContractPlannedEnd().toString())
                .add("finReelle", c.getContractActualEnd() == null ? "" : c.getContractActualEnd().toString())
                .add("employeurUtilisateur", c.getPlacementEmployer()).add("fonction", c.getJobFunction())
                .add("secteur", c.getSector().name()).add("heuresParSemaine", c.getHoursPerWeek());
        JsonArrayBuilder journal = Json.createArrayBuilder();
        data.journal().forEach(e -> journal.add(Json.createObjectBuilder().add("date", e.getOccurredOn().toString())
                .add("type", e.getType().name()).add("note", e.getNote()).add("auteur", e.getAuthor())));
        JsonArrayBuilder tasks = Json.createArrayBuilder();
        data.tasks().forEach(t -> tasks.add(Json.createObjectBuilder().add("echeance", t.getDueOn().toString())
                .add("tache", t.getTitle()).add("faite", t.getDoneOn() == null ? "" : t.getDoneOn().toString())));
        JsonArrayBuilder outcomes = Json.createArrayBuilder();
        data.outcomes().forEach(o -> outcomes.add(Json.createObjectBuilder().add("date", o.getObservedOn().toString())
                .add("situation", o.getSituation().name()).add("employeur", text(o.getEmployer()))));
        JsonArrayBuilder access = Json.createArrayBuilder();
        data.accessLog().forEach(a -> access.add(Json.createObjectBuilder().add("quand", a.getAt().toString())
                .add("qui", a.getActor()).add("quoi", a.getAction().name()).add("detail", text(a.getDetails()))));
        String json = Json.createObjectBuilder().add("personne", person).add("dossier", caseFile).add("journal", journal)
                .add("echeances", tasks).add("situations", outcomes).add("journalAcces", access).build().toString();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"dossier-" + c.getId() + ".json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
