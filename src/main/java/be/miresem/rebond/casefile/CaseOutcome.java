package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The beneficiary's situation observed at a follow-up. */
@Entity
@Table(name = "case_outcome")
@NamedQuery(name = "CaseOutcome.findByCase",
        query = "select o from CaseOutcome o where o.caseFileId = :case order by o.observedOn, o.id")
public class CaseOutcome extends BaseEntity {

    public static final int EMPLOYER_MAX = 160;

    private static final long serialVersionUID = 1L;

    @Column(name = "case_file_id", nullable = false)
    private long caseFileId;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Situation situation;

    @Column(length = EMPLOYER_MAX)
    private String employer;

    @Column(name = "hours_per_week")
    private Integer hoursPerWeek;

    /** The follow-up this observation answers: 3, 6 or 12 months after the contract, or null. */
    private Integer milestone;

    @Column(nullable = false, length = 254)
    private String author;

    protected CaseOutcome() {
    }

    CaseOutcome(long caseFileId, LocalDate observedOn, Situation situation, String employer, Integer hoursPerWeek,
            Integer milestone, String author) {
        this.milestone = milestone;
        this.caseFileId = caseFileId;
        this.observedOn = observedOn;
        this.situation = situation;
        this.employer = employer;
        this.hoursPerWeek = hoursPerWeek;
        this.author = author;
    }

    FollowUps.Recorded recorded() {
        return new FollowUps.Recorded(observedOn, getId() == null ? Long.MAX_VALUE : getId(), situation, milestone);
    }

    Boomerang.Observation observation() {
        return new Boomerang.Observation(situation, observedOn);
    }

    public long getCaseFileId() {
        return caseFileId;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public Situation getSituation() {
        return situation;
    }

    public String getEmployer() {
        return employer;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public Integer getMilestone() {
        return milestone;
    }

    public String getAuthor() {
        return author;
    }
}
