package be.miresem.rebond.casefile;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
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

    @Inject
    private PersonalDataRepository personalData;

    /**
     * Everything held about one person, for their access request: the case asked from, and every case of the same
     * person in the CPAS ({@link PersonalDataRepository#casesOfSamePerson}), each read from every place
     * {@link PersonalData} lists.
     */
    public record SubjectData(CaseFile caseFile, List<PersonCase> cases) {
    }

    /** One case of the person and its rows, table by table. */
    public record PersonCase(long caseId, List<PersonalDataRepository.Rows> tables) {
    }

    /** The access log of a case. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseAccess> accessLog(long id) {
        access.requireOfficerElseNotFound(id);
        access.visible(id);
        return repository.findAccessLog(id);
    }

    /**
     * Everything stored about one person, for their access request, from every case of theirs. Officers only;
     * each case's access log records the export.
     */
    public SubjectData subjectData(long id) {
        access.requireOfficerElseNotFound(id);
        CaseFile caseFile = access.visible(id);
        List<PersonCase> cases = new ArrayList<>();
        for (long caseId : personalData.casesOfSamePerson(id)) {
            access.log(access.visible(caseId), CaseAccess.Action.EXPORT, "accès de la personne concernée");
            cases.add(new PersonCase(caseId, personalData.read(caseId)));
        }
        return new SubjectData(caseFile, cases);
    }

    /**
     * Erases a person's data on their request, from every case of theirs (anonymisation in every place
     * {@link PersonalData} lists; the erasure is recorded, not the data).
     */
    public void erase(long id) {
        currentUser.requireOfficer();
        CaseFile caseFile = access.visible(id);
        if (caseFile.getBeneficiary().isAnonymised()) {
            return;
        }
        retention.erase(personalData.casesOfSamePerson(id), access.today(), currentUser.getEmail(),
                "effacement sur demande de la personne");
    }

    /**
     * The person withdraws their consent, as their agent or the officer records it: every case of theirs is
     * closed and their data erased at once (the access log keeps the withdrawal, not the data).
     */
    public void withdrawConsent(long id) {
        CaseFile caseFile = access.visible(id);
        if (caseFile.getBeneficiary().isAnonymised()) {
            return;
        }
        List<Long> ids = personalData.casesOfSamePerson(id);
        for (long caseId : ids) {
            CaseFile each = access.visible(caseId);
            if (each.getStatus() != CaseStatus.CLOSED) {
                each.moveTo(CaseStatus.CLOSED, "Retrait du consentement", access.today());
            }
        }
        retention.erase(ids, access.today(), currentUser.getEmail(), "retrait du consentement et effacement");
    }

    /** Runs the retention rule now, as the nightly job does. Officers only. */
    public int applyRetentionNow() {
        currentUser.requireOfficer();
        return retention.anonymiseExpired(access.today(), currentUser.getEmail());
    }
}
