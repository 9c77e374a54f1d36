package be.miresem.rebond.casefile;

/**
 * Fired when an erasure or a retention run removed personal data: once the transaction is committed,
 * {@link Compaction} rewrites the tables so that the old values leave the database files.
 */
public record PersonalDataErased() {
}
