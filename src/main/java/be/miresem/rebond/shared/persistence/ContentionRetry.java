package be.miresem.rebond.shared.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one place where transient rollbacks are tried again: Derby's "A lock could not be obtained" (its identity
 * generator and row locks give up under contention), a serialisation failure or a deadlock on PostgreSQL. Runs
 * outside the transaction ({@link Priority} before the {@code @Transactional} interceptor), so each try is a
 * transaction of its own; a call made inside another transaction is not tried again here (the outermost service
 * call is). Three tries at most, a short pause between them; any other failure goes through at once.
 */
@RetriedOnContention
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ContentionRetry {

    static final int TRIES = 3;

    private static final Logger LOG = Logger.getLogger(ContentionRetry.class.getName());

    /** SQL states of a transaction rolled back for contention: serialisation failure, deadlock, Derby's lock timeout. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "40XL1", "40XL2");

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (RuntimeException failure) {
                if (attempt >= TRIES || !isTransient(failure)) {
                    throw failure;
                }
                int tried = attempt;
                LOG.info(() -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                        + " rolled back for contention (try " + tried + "), trying again");
                Thread.sleep(25L * attempt);
            }
        }
    }

    /** Whether a failure is a rollback for contention, anywhere in its causes. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && TRANSIENT_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
