package be.miresem.rebond.employer;

/** Where a proposal stands. Labels: {@code ProposalStatus.X}. */
public enum ProposalStatus {
    /** Proposée */
    PROPOSED,
    /** Entretien */
    INTERVIEW,
    /** Embauché (records an outcome on the case) */
    HIRED,
    /** Refusée (with a reason) */
    REFUSED
}
