package be.miresem.rebond.casefile;

import java.time.Instant;

/**
 * A meeting with the officer about one beneficiary was booked, cancelled or reported on: fired by the meeting
 * feature inside its transaction, observed by {@link CaseEvents}, which writes the line in the case's journal
 * (and refuses, with a {@link CaseFileException}, a case of another CPAS than the meeting's, which rolls the
 * meeting back).
 *
 * @param subject the meeting's subject, as the key suffix of {@code MeetingSubject.*} in the bundle
 */
public record MeetingOnCase(long caseFileId, long cpasId, Instant startAt, String subject, What what, String note) {

    /** What happened to the meeting. */
    public enum What {
        BOOKED, CANCELLED, NOTE
    }
}
