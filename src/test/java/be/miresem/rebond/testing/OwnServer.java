package be.miresem.rebond.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * A test class with a server of its own (it says why in its Javadoc) that touches neither shared portal: it runs
 * beside the other tests (JUnit's parallel execution on two threads, src/test/resources/junit-platform.properties):
 * while one thread runs the shared portals' tests one after another, the other runs these classes, one at a time,
 * and both run them once the shared portals' tests are done. Most of such a test's time is a start, a restart or
 * a wait for a timer. Its own methods still run one after another, in their order (a lock of the class's own,
 * {@link PerClass}). Tests that use a shared portal or change what other tests see (RuntimeSettings) never carry it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(providers = OwnServer.PerClass.class)
public @interface OwnServer {

    /** An exclusive lock named after the class: JUnit then runs the class's methods in the class's thread. */
    final class PerClass implements ResourceLocksProvider {
        @Override
        public Set<Lock> provideForClass(Class<?> testClass) {
            return Set.of(new Lock("own-server:" + testClass.getName()));
        }
    }
}
