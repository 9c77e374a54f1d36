package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Anonymises case files whose retention period is over ({@link Retention}, {@code REBOND_RETENTION_DAYS}),
 * and erases a beneficiary on request, in every place {@link PersonalData} lists: names, contact data and every
 * free text about the person go; the CPAS, birth year, commune, contract, statuses, dates and codes stay for the
 * statistics. Once committed, the tables are compacted ({@link PersonalDataErased}). Idempotent: an anonymised case is never
 * touched again. Each run and each case is logged (audit trail and the case's access log), without the data.
 */
@ApplicationScoped
@Transactional
public class CaseRetention {

    @Inject
    private CaseFileRepository repository;

    @Inject
    private PersonalDataRepository personalData;

    @Inject
    private Event<PersonalDataErased> erased;

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
        audit.record("case.retention", "CaseFile", StoredText.of("audit.details.retention", due.size(), days));
        if (!due.isEmpty()) {
            erased.fire(new PersonalDataErased());
        }
        return due.size();
    }

    /** Erases one person's data now, on their request: every case of theirs, in one transaction. */
    void erase(List<Long> caseIds, LocalDate today, String actor, String why) {
        for (long id : caseIds) {
            anonymise(id, today, actor, why);
            audit.record("case.erase", "CaseFile#" + id, null);
        }
        erased.fire(new PersonalDataErased());
    }

    private void anonymise(CaseFile caseFile, LocalDate today, String actor, String why) {
        anonymise(caseFile.getId(), today, actor, why);
    }

    /** Every place listed in {@link PersonalData} loses the person; the access log says so, without the data. */
    private void anonymise(long caseId, LocalDate today, String actor, String why) {
        personalData.erase(caseId, today);
        repository.add(new CaseAccess(caseId, clock.instant(), actor, CaseAccess.Action.CHANGE, why));
    }
}
