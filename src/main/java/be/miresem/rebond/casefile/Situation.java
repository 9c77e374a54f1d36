package be.miresem.rebond.casefile;

/** A beneficiary's situation at a follow-up. Labels: {@code Situation.X}. */
public enum Situation {
    PERMANENT_CONTRACT, FIXED_TERM_CONTRACT, TEMPORARY_WORK, SERVICE_VOUCHERS, TRAINING, UNEMPLOYMENT,
    /** Back on the CPAS integration income: the boomerang. */
    INTEGRATION_INCOME,
    OTHER, NO_NEWS
}
