package be.miresem.rebond.shared.backup.web;

import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.backup.Backups;
import be.miresem.rebond.shared.security.Roles;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Backs /espace/sauvegardes/ (officers only): the backups on disk and "Sauvegarder maintenant". */
@Named
@RequestScoped
public class BackupsBacking {

    @Inject
    private Backups backups;

    /** The caller's role straight from Jakarta Security (shared code knows no feature's classes). */
    @Inject
    private SecurityContext security;

    @Inject
    private AuditTrail audit;

    private List<Backups.Backup> list;

    @Transactional
    public String backupNow() {
        Roles.requireOfficer(security);
        if (!backups.isSupported()) {
            Messages.error(null, "backups.unsupported");
            return null;
        }
        Backups.Backup backup = backups.backup();
        audit.record("backup", backup.name(), null);
        Messages.flashInfo("backups.done", backup.name());
        return "/espace/sauvegardes/index?faces-redirect=true";
    }

    public List<Backups.Backup> getBackups() {
        Roles.requireOfficer(security);
        if (list == null) {
            list = backups.list();
        }
        return list;
    }

    public boolean isSupported() {
        return backups.isSupported();
    }

    public String getFolder() {
        return backups.folder().toAbsolutePath().toString();
    }
}
