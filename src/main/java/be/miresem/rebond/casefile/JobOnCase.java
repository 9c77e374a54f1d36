package be.miresem.rebond.casefile;

import java.time.LocalDate;

/**
 * A step of a proposal (mise en relation) about a beneficiary: fired by the employer feature inside its
 * transaction, observed by {@link CaseEvents}, which writes every step in the case's journal; a hire also moves the
 * case to "En emploi", records the situation and tells the case's agent.
 *
 * @param on the day of the step
 * @param situation for a hire, the situation it makes (from the need's contract type); null otherwise
 * @param hoursPerWeek for a hire, the need's hours; null otherwise
 * @param reason for a refusal, why; null otherwise
 */
public record JobOnCase(long caseFileId, What what, LocalDate on, String jobTitle, String employerName,
        Situation situation, Integer hoursPerWeek, String reason) {

    /** The step. */
    public enum What {
        PROPOSED, INTERVIEW, HIRED, REFUSED
    }

    public static JobOnCase step(long caseFileId, What what, LocalDate on, String jobTitle, String employerName,
            String reason) {
        return new JobOnCase(caseFileId, what, on, jobTitle, employerName, null, null, reason);
    }
}
