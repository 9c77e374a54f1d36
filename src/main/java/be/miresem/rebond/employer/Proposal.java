package be.miresem.rebond.employer;

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

/** A beneficiary put forward for a job need (mise en relation), and its progress. */
@Entity
@Table(name = "proposal")
@NamedQuery(name = "Proposal.findByNeed", query = "select p from Proposal p where p.need = :need order by p.id")
@NamedQuery(name = "Proposal.findByCase", query = "select p from Proposal p join fetch p.need n join fetch n.employer "
        + "where p.caseFileId = :case order by p.id")
public class Proposal extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_need_id", nullable = false, updatable = false)
    private JobNeed need;

    @Column(name = "case_file_id", nullable = false, updatable = false)
    private long caseFileId;

    @Column(name = "cpas_id", nullable = false, updatable = false)
    private long cpasId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status = ProposalStatus.PROPOSED;

    @Column(name = "refusal_reason", length = 300)
    private String refusalReason;

    protected Proposal() {
    }

    Proposal(JobNeed need, long caseFileId, long cpasId) {
        this.need = need;
        this.caseFileId = caseFileId;
        this.cpasId = cpasId;
    }

    void moveTo(ProposalStatus next, String reason) {
        status = next;
        refusalReason = next == ProposalStatus.REFUSED ? reason.strip() : null;
    }

    public JobNeed getNeed() {
        return need;
    }

    public long getCaseFileId() {
        return caseFileId;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public boolean isClosed() {
        return status == ProposalStatus.HIRED || status == ProposalStatus.REFUSED;
    }
}
