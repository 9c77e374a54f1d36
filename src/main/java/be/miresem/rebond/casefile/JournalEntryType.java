package be.miresem.rebond.casefile;

/** Kinds of follow-up journal entries. Labels: {@code JournalEntryType.X}. */
public enum JournalEntryType {
    INTERVIEW, CALL, WORKSHOP, OFFER_SENT, TRAINING, EMPLOYER_VISIT, MEETING, OTHER
}
