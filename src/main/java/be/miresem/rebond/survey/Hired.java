package be.miresem.rebond.survey;

import java.time.LocalDate;

/**
 * A hire recorded by the employer feature, in its transaction: the employer is invited to say how it went, at once
 * and three months later ({@link Surveys#onHire}). Carries the employer's contact only (no beneficiary).
 */
public record Hired(long proposalId, String employerName, String contactName, String contactEmail, LocalDate on) {
}
