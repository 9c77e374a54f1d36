package be.miresem.rebond.partner;

/** Where a CPAS stands with Rebond. Labels: bundle keys {@code CpasStatus.X}. */
public enum CpasStatus {
    /** Known to the Miresem, no collaboration yet. */
    PROSPECT,
    /** Going through onboarding towards an agreement. */
    ONBOARDING,
    /** Partner: the agreement is signed. */
    ACTIVE,
    /** Was a partner, no longer is. */
    FORMER
}
