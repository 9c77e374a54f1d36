package be.miresem.rebond.casefile;

/** Kinds of tasks: the automatic ones follow the contract dates. Labels: {@code TaskKind.X}. */
public enum TaskKind {
    /** First contact, 3 months before the planned end of the contract. */
    FIRST_CONTACT,
    /** Outcome follow-ups 3, 6 and 12 months after the end of the contract. */
    FOLLOW_UP_3, FOLLOW_UP_6, FOLLOW_UP_12,
    MANUAL;

    public boolean isAutomatic() {
        return this != MANUAL;
    }
}
