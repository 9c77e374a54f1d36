package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Anonymises case files whose retention period is over ({@link Retention}, {@code REBOND_RETENTION_DAYS}),
 * and erases a beneficiary on request. Names, contact data and free text go; the CPAS, birth year, commune,
 * contract, statuses, tasks and outcomes stay for the statistics. Idempotent: an anonymised case is never
 * touched again. Each run and each case is logged (audit trail and the case's access log), without the data.
 */
@ApplicationScoped
@Transactional
public class CaseRetention {

    @Inject
    private CaseFileRepository repository;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Anonymises every case whose period is over on that day; returns how many. */
    public int anonymiseExpired(LocalDate today, String actor) {
        int days = Settings.RETENTION_DAYS.asInt();
        List<CaseFile> due = repository.findClosedNotAnonymisedBy(Retention.latestClosingOver(today, days));
        for (CaseFile caseFile : due) {
            anonymise(caseFile, today, actor, "anonymisation (durée de conservation écoulée)");
        }
        audit.record("case.retention", "CaseFile", due.size() + " dossier(s), conservation " + days + " jours");
        return due.size();
    }

    /** Erases one beneficiary's personal data now (subject's request). */
    void erase(CaseFile caseFile, LocalDate today, String actor) {
        anonymise(caseFile, today, actor, "effacement sur demande de la personne");
        audit.record("case.erase", "CaseFile#" + caseFile.getId(), null);
    }

    private void anonymise(CaseFile caseFile, LocalDate today, String actor, String why) {
        caseFile.getBeneficiary().anonymise(today);
        repository.findJournal(caseFile.getId()).forEach(JournalEntry::anonymise);
        repository.add(new CaseAccess(caseFile.getId(), clock.instant(), actor, CaseAccess.Action.CHANGE, why));
    }
}
