package be.miresem.rebond.survey;

/**
 * What sends a questionnaire, and so to whom: a hire (its employer), a quarter (every active agent of a partner
 * CPAS), a presentation session (the CPAS recorded present), a contract's end (the beneficiary). The delays after the
 * event are counted in months or days ({@link #monthly}); the quarter has none (its first days).
 */
public enum Trigger {
    HIRE(Party.EMPLOYER, true, 24),
    QUARTER(Party.AGENT, false, 0),
    SESSION(Party.CPAS, false, 30),
    CONTRACT_END(Party.BENEFICIARY, true, 24);

    private final Party party;
    private final boolean monthly;
    private final int maxDelay;

    Trigger(Party party, boolean monthly, int maxDelay) {
        this.party = party;
        this.monthly = monthly;
        this.maxDelay = maxDelay;
    }

    /** The audience this trigger reaches. */
    public Party party() {
        return party;
    }

    /** Delays in months (else in days). */
    public boolean isMonthly() {
        return monthly;
    }

    /** Whether the officer sets delays (not for the quarter's pulse). */
    public boolean hasDelays() {
        return this != QUARTER;
    }

    /** The longest delay allowed, in the trigger's unit. */
    public int maxDelay() {
        return maxDelay;
    }
}
