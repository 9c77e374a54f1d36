package be.miresem.rebond.shared.audit.web;

import be.miresem.rebond.shared.audit.AuditEntry;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Backs /espace/journal/: the latest changes made through the portal, worded in French (the action's label, the
 * record by its kind and number, linked to its page when it has one). Officers only.
 */
@Named
@RequestScoped
public class AuditBacking {

    static final int SHOWN = 300;

    /** The page of each kind of record, by the entity name the trail stores ("Booking#12"). */
    private static final Map<String, String> PAGES = Map.of(
            "Booking", "/espace/rendez-vous/detail?id=",
            "CaseFile", "/espace/dossiers/dossier?id=",
            "CollaborationRequest", "/espace/onboarding/demande?id=",
            "PresentationSession", "/espace/seances/seance?id=",
            "Employer", "/espace/employeurs/employeur?id=",
            "JobNeed", "/espace/employeurs/besoin?id=");

    @Inject
    private AuditTrail trail;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = trail.recent(SHOWN);
        }
        return entries;
    }

    /** "Étape d’une proposition" for {@code proposal.move}; the code itself if the bundle has no label. */
    public String action(AuditEntry entry) {
        return Messages.textOr("audit." + entry.getAction(), entry.getAction());
    }

    /** "Proposition n° 12" for {@code Proposal#12}; the kind alone when the entry names no record. */
    public String target(AuditEntry entry) {
        String[] parts = entry.getTarget().split("#", 2);
        String kind = Messages.textOr("audit.target." + parts[0], parts[0]);
        return parts.length == 2 ? Messages.text("audit.target.numbered", kind, parts[1]) : kind;
    }

    /** The page of the record, or null when it has none (or the entry names none). */
    public String link(AuditEntry entry) {
        String[] parts = entry.getTarget().split("#", 2);
        return parts.length == 2 && PAGES.containsKey(parts[0]) ? PAGES.get(parts[0]) + parts[1] : null;
    }
}
