package be.miresem.rebond.casefile;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Case files of referred beneficiaries, from the referral to the closing: the lists, the case page, the status,
 * the contract's dates, the contact data, the officer who follows it, and the lookups other features need. The
 * follow-up (journal, tasks, situations) is {@link CaseFollowUp}'s; the beneficiary's rights over their data,
 * {@link CasePrivacy}'s. Every method checks the caller on the server ({@link CaseFileAccess}); every read of a case
 * page, every change and every export is written to the case's access log in the same transaction.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class CaseFiles {

    @Inject
    private CaseFileRepository repository;

    @Inject
    private CaseFileAccess access;

    @Inject
    private CaseFollowUp followUp;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccountService accounts;

    @Inject
    private Notifications notifications;

    /**
     * An insertion agent refers a beneficiary of their CPAS: the beneficiary, the case file ("Orienté") and
     * its automatic tasks are stored together, and the officers are told (notification and e-mail, no name).
     *
     * @throws CaseFileException when the dates do not hold together
     */
    public CaseFile refer(@Valid Beneficiary beneficiary, @Valid CaseFile caseFile) {
        Cpas cpas = currentUser.getCpas();
        if (cpas == null) {
            throw new AccessDeniedException("Only insertion agents refer beneficiaries of their CPAS");
        }
        if (!caseFile.getContractPlannedEnd().isAfter(caseFile.getContractStart())) {
            throw new CaseFileException("contractPlannedEnd", "casefile.contract.endBeforeStart");
        }
        if (beneficiary.getConsentOn().isAfter(access.today())) {
            throw new CaseFileException("consentOn", "casefile.consent.future");
        }
        if (beneficiary.getBirthYear() != null && beneficiary.getConsentOn().getYear() < beneficiary.getBirthYear()) {
            throw new CaseFileException("consentOn", "casefile.consent.beforeBirth");
        }
        if (beneficiary.getConsentOn().isBefore(access.today().minusYears(1))) {
            throw new CaseFileException("consentOn", "casefile.consent.tooOld");
        }
        beneficiary.referredBy(cpas, currentUser.getEmail());
        List<String> officers = accounts.activeOfficerEmails();
        caseFile.open(beneficiary, officers.size() == 1 ? officers.get(0) : null);
        repository.insert(beneficiary, caseFile);
        followUp.planTasks(caseFile);
        access.log(caseFile, CaseAccess.Action.CHANGE, "orientation");
        audit.record("case.refer", "CaseFile#" + caseFile.getId(), cpas.getName());
        // The referral reaches the officers: in their space and by an e-mail that names the CPAS, not the person.
        for (String officer : officers) {
            notifications.tell(officer, NotificationKind.CASE, StoredText.of("notification.case.referred", cpas.getName()),
                    "/espace/dossiers/dossier?id=" + caseFile.getId(), "mail.caseReferred");
        }
        return caseFile;
    }

    /** The caller's cases: all for the officer, their CPAS's for an agent; optionally one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseFile> list(CaseStatus status) {
        return repository.page(access.scope(), CaseFilter.of(status), access.today(), 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the caller's cases, by name, optionally filtered by status and by a name prefix typed in the
     * search box. Counting and paging happen in the database, so the list stays fast on thousands of cases.
     */
    public List<CaseFile> page(CaseFilter filter, int first, int max) {
        List<CaseFile> page = repository.page(access.scope(), filter, access.today(), first, max);
        access.shown(page.stream().map(CaseFile::getId).toList(), filter.name() == null || filter.name().isBlank()
                ? "liste des dossiers" : "recherche par nom");
        return page;
    }

    /** How many cases {@link #page} has in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(CaseFilter filter) {
        return repository.count(access.scope(), filter, access.today());
    }

    /** Opens a case page: the case, if the caller may see it (else 404), and a READ line in its access log. */
    public CaseFile open(long id) {
        CaseFile caseFile = access.visible(id);
        access.log(caseFile, CaseAccess.Action.READ, null);
        return caseFile;
    }

    /** Whether the case is a boomerang by {@link Boomerang}'s rule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isBoomerang(long id) {
        CaseFile caseFile = access.visible(id);
        return Boomerang.isBoomerang(caseFile.getContractActualEnd(),
                repository.findOutcomes(id).stream().map(CaseOutcome::observation).toList());
    }

    /** Moves a case to another status; closing needs a reason. */
    public void moveTo(long id, CaseStatus status, String reason) {
        CaseFile caseFile = access.visible(id);
        if (status == CaseStatus.CLOSED && (reason == null || reason.isBlank())) {
            throw new CaseFileException("closingReason", "casefile.closingReason.required");
        }
        if (status == caseFile.getStatus()) {
            return;
        }
        CaseStatus from = caseFile.getStatus();
        caseFile.moveTo(status, reason, access.today());
        followUp.addSystemEntry(caseFile, status == CaseStatus.CLOSED
                ? StoredText.of("casefile.journal.statusClosed", StoredText.label("CaseStatus." + from),
                        StoredText.label("CaseStatus." + status), reason.strip())
                : StoredText.of("casefile.journal.status", StoredText.label("CaseStatus." + from),
                        StoredText.label("CaseStatus." + status)));
        access.log(caseFile, CaseAccess.Action.CHANGE, "statut " + status);
    }

    /** Corrects the beneficiary's contact data and profile (not the names nor the consent record). */
    public void updateProfile(long id, @Valid Beneficiary form) {
        CaseFile caseFile = access.visible(id);
        if (caseFile.getBeneficiary().isAnonymised()) {
            throw new CaseFileException(null, "casefile.profile.anonymised");
        }
        caseFile.getBeneficiary().copyProfile(form);
        access.log(caseFile, CaseAccess.Action.CHANGE, "coordonnées et profil");
    }

    /** Assigns the Miresem officer who follows the case. Officers only. */
    public void assign(long id, String officerEmail) {
        currentUser.requireOfficer();
        CaseFile caseFile = access.visible(id);
        if (officerEmail != null && !accounts.activeOfficerEmails().contains(officerEmail)) {
            throw new CaseFileException("officerEmail", "casefile.officer.invalid");
        }
        caseFile.assign(officerEmail);
        access.log(caseFile, CaseAccess.Action.CHANGE, "suivi par " + officerEmail);
    }

    /** The officers a case can be assigned to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> officers() {
        currentUser.requireOfficer();
        return accounts.activeOfficerEmails();
    }

    /** Records the actual end of the contract; the follow-up tasks move with it. */
    public void setActualEnd(long id, LocalDate end) {
        CaseFile caseFile = access.visible(id);
        if (end != null && end.isBefore(caseFile.getContractStart())) {
            throw new CaseFileException("actualEnd", "casefile.contract.actualEndBeforeStart");
        }
        caseFile.setContractActualEnd(end);
        caseFile.followUps(repository.findOutcomes(caseFile.getId()));
        followUp.planTasks(caseFile);
        access.log(caseFile, CaseAccess.Action.CHANGE, "fin réelle " + end);
    }

    /**
     * The caller's CPAS's cases that are not closed, as select options (a named projection: the booking page
     * shows them on every request, refused bookings included). Empty for the officer, who has no CPAS.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseChoice> openChoices() {
        Cpas cpas = currentUser.getCpas();
        return cpas == null ? List.of() : repository.findOpenChoices(cpas.getId(), 500);
    }

    /** The followed beneficiaries (cases not closed, data not anonymised), as matching sees them. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowedProfile> followedProfiles() {
        currentUser.requireOfficer();
        return repository.findFollowedProfiles();
    }

    /** One case's beneficiary as matching sees them (404 unless the caller may see the case). */
    public FollowedProfile profileOf(long id) {
        CaseFile caseFile = access.visible(id);
        access.shown(List.of(id), "offres d’emploi pour la personne");
        Beneficiary b = caseFile.getBeneficiary();
        return new FollowedProfile(caseFile.getId(), b.getFirstName(), b.getLastName(), caseFile.getCpas().getName(),
                b.getCommune(), caseFile.getSector(), caseFile.getJobFunction(), b.getSkills(), b.isDrivingLicence());
    }

    /** The CPAS id of a case the caller may see (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long cpasIdOf(long id) {
        return access.visible(id).getCpas().getId();
    }

    /**
     * Writes in the case's access log what another feature did with its data (a document attached, downloaded or
     * removed); 404 if the caller may not see the case.
     */
    public void recordAccess(long id, CaseAccess.Action action, String what) {
        access.log(access.visible(id), action, what);
    }

    /** A case whose contract ended on a day: the surveys of the beneficiaries at 3 and 6 months. */
    public record Ended(long caseFileId, long cpasId, String cpasName, LocalDate contractEnd, String firstName,
            String surveyEmail) {
    }

    /**
     * The cases not anonymised whose contract ended (actual end, else planned) in [from, to] (a job; no user), with
     * the person's first name and, when they agreed to receive the survey by e-mail, their address.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ended> endedBetween(LocalDate from, LocalDate to) {
        return repository.findEndedBetween(from, to).stream().map(row -> new Ended(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2],
                row[3] instanceof java.sql.Date day ? day.toLocalDate() : (LocalDate) row[3], (String) row[4],
                Boolean.TRUE.equals(row[6]) ? (String) row[5] : null)).toList();
    }

    /** A case's name for lists of tasks and proposals (404 if the caller may not see it); logged as shown. */
    public String nameOf(long id) {
        String name = access.visible(id).getBeneficiary().getFullName();
        access.shown(List.of(id), "nom dans une liste");
        return name;
    }

    /**
     * Writes in each case's access log that a page of another feature shows the person's data (a need's
     * candidates, a meeting about the case, a dashboard list): the features that show a case's data call this
     * with what their service returned, so every page that shows a person leaves a line. Once per case, reason
     * and request.
     */
    public void recordShown(Collection<Long> caseIds, String where) {
        access.shown(caseIds, where);
    }

    /** The caller's cases for a CSV export (the officer may ask for one CPAS), each export written to the case's access log. */
    public List<CaseFile> export(Long cpasId) {
        List<CaseFile> cases = list(null).stream()
                .filter(c -> cpasId == null || !currentUser.isOfficer() || c.getCpas().getId().equals(cpasId)).toList();
        cases.forEach(c -> access.log(c, CaseAccess.Action.EXPORT, "CSV"));
        return cases;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return access.today();
    }
}
