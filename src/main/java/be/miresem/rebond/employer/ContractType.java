package be.miresem.rebond.employer;

import be.miresem.rebond.casefile.Situation;

/** The contract a job need offers. Labels: {@code ContractType.X}. */
public enum ContractType {
    PERMANENT(Situation.PERMANENT_CONTRACT),
    FIXED_TERM(Situation.FIXED_TERM_CONTRACT),
    TEMPORARY(Situation.TEMPORARY_WORK),
    SERVICE_VOUCHERS(Situation.SERVICE_VOUCHERS),
    OTHER(Situation.OTHER);

    private final Situation situation;

    ContractType(Situation situation) {
        this.situation = situation;
    }

    /** The outcome a hire on such a contract records. */
    public Situation situation() {
        return situation;
    }
}
