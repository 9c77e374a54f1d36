package be.miresem.rebond.casefile;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The follow-up of one beneficiary (dossier de suivi): the article 60 contract, the status, the assigned
 * officer. Carries its CPAS so every query can be limited to the caller's CPAS.
 */
@Entity
@Table(name = "case_file")
@NamedQuery(name = "CaseFile.findAll", query = "select c from CaseFile c join fetch c.beneficiary join fetch c.cpas "
        + "order by c.beneficiary.lastName, c.beneficiary.firstName, c.id")
@NamedQuery(name = "CaseFile.findForCpas", query = "select c from CaseFile c join fetch c.beneficiary "
        + "join fetch c.cpas where c.cpas = :cpas order by c.beneficiary.lastName, c.beneficiary.firstName, c.id")
@NamedQuery(name = "CaseFile.openChoicesForCpas", query = "select new be.miresem.rebond.casefile.CaseChoice(c.id, "
        + "b.lastName, b.firstName) from CaseFile c join c.beneficiary b where c.cpas.id = :cpas and c.status <> :closed "
        + "order by b.lastName, b.firstName, c.id")
public class CaseFile extends BaseEntity {

    public static final int CLOSING_REASON_MAX = 300;

    private static final long serialVersionUID = 1L;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "beneficiary_id", nullable = false, updatable = false)
    private Beneficiary beneficiary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cpas_id", nullable = false, updatable = false)
    private Cpas cpas;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStatus status = CaseStatus.REFERRED;

    @Column(name = "closing_reason", length = CLOSING_REASON_MAX)
    private String closingReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "officer_email", length = 254)
    private String officerEmail;

    @NotNull
    @Column(name = "contract_start", nullable = false)
    private LocalDate contractStart;

    @NotNull
    @Column(name = "contract_planned_end", nullable = false)
    private LocalDate contractPlannedEnd;

    @Column(name = "contract_actual_end")
    private LocalDate contractActualEnd;

    /** Derived from the end of the contract, for reporting: see {@link Boomerang#until}. */
    @Column(name = "boomerang_until")
    private LocalDate boomerangUntil;

    /** For reporting, kept by {@link #followUps}: the latest situation recorded at each follow-up, and the boomerang. */
    @Enumerated(EnumType.STRING)
    @Column(name = "situation_3", length = 30)
    private Situation situation3;

    @Enumerated(EnumType.STRING)
    @Column(name = "situation_6", length = 30)
    private Situation situation6;

    @Enumerated(EnumType.STRING)
    @Column(name = "situation_12", length = 30)
    private Situation situation12;

    @Column(nullable = false)
    private boolean boomerang;

    @NotBlank
    @Size(max = 160)
    @Column(name = "placement_employer", nullable = false, length = 160)
    private String placementEmployer;

    @NotBlank
    @Size(max = 120)
    @Column(name = "job_function", nullable = false, length = 120)
    private String jobFunction;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Sector sector;

    @NotNull
    @Min(value = 1, message = "{casefile.hours}")
    @Max(value = 50, message = "{casefile.hours}")
    @Column(name = "hours_per_week", nullable = false)
    private Integer hoursPerWeek;

    /** The earliest open task's due day, kept by {@link CaseFollowUp}: the case list's next deadline. */
    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    /** Proposals to employers waiting for an answer, kept by {@link CaseEvents}. */
    @Column(name = "proposals_open", nullable = false)
    private int proposalsOpen;

    public CaseFile() {
    }

    void open(Beneficiary beneficiary, String officerEmail) {
        this.beneficiary = beneficiary;
        this.cpas = beneficiary.getCpas();
        this.officerEmail = officerEmail;
        this.placementEmployer = placementEmployer == null ? null : placementEmployer.strip();
        this.jobFunction = jobFunction == null ? null : jobFunction.strip();
        endChanged();
    }

    /** Sets the follow-up summary from all of the case's outcomes (after an outcome or the end changed). */
    void followUps(List<CaseOutcome> outcomes) {
        List<FollowUps.Recorded> recorded = outcomes.stream().map(CaseOutcome::recorded).toList();
        Map<Integer, Situation> latest = FollowUps.latest(recorded);
        situation3 = latest.get(3);
        situation6 = latest.get(6);
        situation12 = latest.get(12);
        boomerang = FollowUps.boomerang(getContractEnd(), recorded);
    }

    private void endChanged() {
        boomerangUntil = Boomerang.until(getContractEnd());
    }

    void assign(String officerEmail) {
        this.officerEmail = officerEmail;
    }

    void moveTo(CaseStatus next, String reason, LocalDate today) {
        status = next;
        closingReason = next == CaseStatus.CLOSED ? reason.strip() : null;
        closedOn = next == CaseStatus.CLOSED ? today : null;
    }

    /** The end that counts: the actual one once known, else the planned one. */
    void nextDue(LocalDate day) {
        nextDueOn = day;
    }

    void proposalsOpen(int change) {
        proposalsOpen = Math.max(0, proposalsOpen + change);
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    public int getProposalsOpen() {
        return proposalsOpen;
    }

    /** Whether the case needs someone now: a task due today or late, or a proposal waiting for an answer. */
    public boolean needsAction(LocalDate today) {
        return proposalsOpen > 0 || nextDueOn != null && !nextDueOn.isAfter(today);
    }

    public LocalDate getContractEnd() {
        return contractActualEnd != null ? contractActualEnd : contractPlannedEnd;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public Cpas getCpas() {
        return cpas;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getOfficerEmail() {
        return officerEmail;
    }

    public LocalDate getContractStart() {
        return contractStart;
    }

    public void setContractStart(LocalDate contractStart) {
        this.contractStart = contractStart;
    }

    public LocalDate getContractPlannedEnd() {
        return contractPlannedEnd;
    }

    public void setContractPlannedEnd(LocalDate contractPlannedEnd) {
        this.contractPlannedEnd = contractPlannedEnd;
        endChanged();
    }

    public LocalDate getContractActualEnd() {
        return contractActualEnd;
    }

    public void setContractActualEnd(LocalDate contractActualEnd) {
        this.contractActualEnd = contractActualEnd;
        endChanged();
    }

    public String getPlacementEmployer() {
        return placementEmployer;
    }

    public void setPlacementEmployer(String placementEmployer) {
        this.placementEmployer = placementEmployer;
    }

    public String getJobFunction() {
        return jobFunction;
    }

    public void setJobFunction(String jobFunction) {
        this.jobFunction = jobFunction;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(Integer hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }
}
