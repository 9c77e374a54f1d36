package be.miresem.rebond.employer;

import be.miresem.rebond.casefile.Sector;
import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A position an employer wants to fill (besoin / offre d'emploi). Open until as many hires as openings. */
@Entity
@Table(name = "job_need")
@NamedQuery(name = "JobNeed.findByEmployer", query = "select n from JobNeed n where n.employer = :employer order by n.id desc")
@NamedQuery(name = "JobNeed.findOpen", query = "select n from JobNeed n join fetch n.employer where n.status = 'OPEN' order by n.id")
public class JobNeed extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", nullable = false, updatable = false)
    private Employer employer;

    @NotBlank
    @Size(max = 160)
    @Column(nullable = false, length = 160)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Sector sector;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 30)
    private ContractType contractType;

    @NotNull
    @Min(value = 1, message = "{casefile.hours}")
    @Max(value = 50, message = "{casefile.hours}")
    @Column(name = "hours_per_week", nullable = false)
    private Integer hoursPerWeek;

    @Size(max = 1000)
    @Column(name = "required_skills", length = 1000)
    private String requiredSkills;

    @Column(name = "needs_licence", nullable = false)
    private boolean needsLicence;

    @NotNull
    @Min(value = 1, message = "{employer.openings}")
    @Max(value = 100, message = "{employer.openings}")
    @Column(nullable = false)
    private Integer openings = 1;

    @Column(nullable = false)
    private int hired;

    /** OPEN or FILLED (labels {@code NeedStatus.X}). */
    @Column(nullable = false, length = 20)
    private String status = "OPEN";

    void openFor(Employer employer) {
        this.employer = employer;
        title = title.strip();
        requiredSkills = requiredSkills == null || requiredSkills.isBlank() ? null : requiredSkills.strip();
    }

    void hiredOne() {
        hired++;
        if (hired >= openings) {
            status = "FILLED";
        }
    }

    MatchScorer.Need asNeed() {
        return new MatchScorer.Need(sector, employer.getCommune(), requiredSkills, title, needsLicence);
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public Employer getEmployer() {
        return employer;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(Integer hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public String getRequiredSkills() {
        return requiredSkills;
    }

    public void setRequiredSkills(String requiredSkills) {
        this.requiredSkills = requiredSkills;
    }

    public boolean isNeedsLicence() {
        return needsLicence;
    }

    public void setNeedsLicence(boolean needsLicence) {
        this.needsLicence = needsLicence;
    }

    public Integer getOpenings() {
        return openings;
    }

    public void setOpenings(Integer openings) {
        this.openings = openings;
    }

    public int getHired() {
        return hired;
    }

    public String getStatus() {
        return status;
    }
}
