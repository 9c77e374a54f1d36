package be.miresem.rebond.casefile;

/**
 * An open case as an option of a select ("Bénéficiaire concerné" on the booking form): its id and the
 * beneficiary's name, read as three columns instead of whole entities.
 */
public record CaseChoice(long id, String lastName, String firstName) {
}
