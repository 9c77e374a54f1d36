package be.miresem.rebond.shared.persistence;

/** CDI event fired once at start-up, after the schema migrations have run: features seed their data on it. */
public record DatabaseMigrated(int migrationsApplied, boolean emptyBefore) {
}
