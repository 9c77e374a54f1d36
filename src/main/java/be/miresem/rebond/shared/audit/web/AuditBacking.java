package be.miresem.rebond.shared.audit.web;

import be.miresem.rebond.shared.audit.AuditEntry;
import be.miresem.rebond.shared.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /espace/journal/: the latest changes made through the portal. Officers only. */
@Named
@RequestScoped
public class AuditBacking {

    static final int SHOWN = 300;

    @Inject
    private AuditTrail trail;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = trail.recent(SHOWN);
        }
        return entries;
    }
}
