package be.miresem.rebond.casefile;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A beneficiary's rights over their data, for the officer: the access log of their case, everything stored about
 * them (subject access), the erasure on their request, and the retention rule run on demand. Officer-only views
 * are a 404 for anyone else, like another CPAS's case.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class CasePrivacy {

    @Inject
    private CaseFileRepository repository;

    @Inject
    private CaseFileAccess access;

    @Inject
    private CaseRetention retention;

    @Inject
    private CurrentUser currentUser;

    /** All the data of one case, for a subject access request. */
    public record SubjectData(CaseFile caseFile, List<JournalEntry> journal, List<CaseTask> tasks,
            List<CaseOutcome> outcomes, List<CaseAccess> accessLog) {
    }

    /** The access log of a case. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseAccess> accessLog(long id) {
        access.requireOfficerElseNotFound(id);
        access.visible(id);
        return repository.findAccessLog(id);
    }

    /** Everything stored about one beneficiary, for their access request. Officers only; logged as an export. */
    public SubjectData subjectData(long id) {
        access.requireOfficerElseNotFound(id);
        CaseFile caseFile = access.visible(id);
        access.log(caseFile, CaseAccess.Action.EXPORT, "accès de la personne concernée");
        return new SubjectData(caseFile, repository.findJournal(id), repository.findTasks(id),
                repository.findOutcomes(id), repository.findAccessLog(id));
    }

    /** Erases a beneficiary's personal data on their request (anonymisation; the erasure is recorded, not the data). */
    public void erase(long id) {
        currentUser.requireOfficer();
        CaseFile caseFile = access.visible(id);
        if (caseFile.getBeneficiary().isAnonymised()) {
            return;
        }
        retention.erase(caseFile, access.today(), currentUser.getEmail());
    }

    /** Runs the retention rule now, as the nightly job does. Officers only. */
    public int applyRetentionNow() {
        currentUser.requireOfficer();
        return retention.anonymiseExpired(access.today(), currentUser.getEmail());
    }
}
