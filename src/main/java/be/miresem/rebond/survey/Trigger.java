package be.miresem.rebond.survey;

import java.util.List;

/**
 * What sends a questionnaire, and so to whom: a hire (its employer), a quarter (every active agent of a partner
 * CPAS), a presentation session (the CPAS recorded present), a contract's end (the beneficiary). The delays after the
 * event are counted in months or days ({@link #monthly}); the quarter has none (its first days).
 */
public enum Trigger {
    HIRE(Party.EMPLOYER, true, 24, List.of(0)),
    QUARTER(Party.AGENT, false, 0, List.of()),
    SESSION(Party.CPAS, false, 30, List.of(1)),
    CONTRACT_END(Party.BENEFICIARY, true, 24, List.of(3, 6));

    private final Party party;
    private final boolean monthly;
    private final int maxDelay;
    private final List<Integer> defaultDelays;

    Trigger(Party party, boolean monthly, int maxDelay, List<Integer> defaultDelays) {
        this.party = party;
        this.monthly = monthly;
        this.maxDelay = maxDelay;
        this.defaultDelays = defaultDelays;
    }

    /** A new questionnaire's delays: at once after a hire, the day after a session, 3 and 6 months after the end. */
    public List<Integer> defaultDelays() {
        return defaultDelays;
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
