package be.miresem.rebond.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which failures are tried again: rollbacks for contention only, found anywhere in the causes. */
class ContentionRetryTest {

    @Test
    void derbyLockTimeoutsAndPostgresqlSerialisationFailuresAreTransient() {
        // Derby: "A lock could not be obtained within the time requested", wrapped by EclipseLink and JTA.
        SQLTransactionRollbackException derby = new SQLTransactionRollbackException("A lock could not be obtained", "40XL1");
        assertThat(ContentionRetry.isTransient(new PersistenceException(new RuntimeException(derby)))).isTrue();
        // PostgreSQL: serialisation failure and deadlock, as plain SQLExceptions with their state.
        assertThat(ContentionRetry.isTransient(new PersistenceException(new SQLException("could not serialize", "40001"))))
                .isTrue();
        assertThat(ContentionRetry.isTransient(new IllegalStateException(new SQLException("deadlock detected", "40P01"))))
                .isTrue();
    }

    @Test
    void constraintViolationsAndOtherFailuresGoThroughAtOnce() {
        // A slot taken twice or a token stored twice is an answer, not contention: trying again would not change it.
        assertThat(ContentionRetry.isTransient(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505")))).isFalse();
        assertThat(ContentionRetry.isTransient(new PersistenceException(new RollbackException("rolled back")))).isFalse();
        assertThat(ContentionRetry.isTransient(new IllegalArgumentException("bad input"))).isFalse();
        assertThat(ContentionRetry.isTransient(new PersistenceException(new SQLException("syntax", "42X01")))).isFalse();
    }
}
