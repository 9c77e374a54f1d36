package be.miresem.rebond.casefile;

/**
 * The officer put a beneficiary forward for an employer's need, or the employer hired them: fired by the employer
 * feature inside its transaction, observed by {@link CaseEvents}, which writes the offer in the case's journal or
 * records the hire as the case's situation of the day.
 *
 * @param situation for a hire, the situation it makes (from the need's contract type); null for an offer
 * @param hoursPerWeek for a hire, the need's hours; null for an offer
 */
public record JobOnCase(long caseFileId, What what, String jobTitle, String employerName, Situation situation,
        Integer hoursPerWeek) {

    /** What happened. */
    public enum What {
        OFFER_SENT, HIRED
    }
}
