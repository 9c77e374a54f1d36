package be.miresem.rebond.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class with a server of its own (it says why in its Javadoc) that touches neither shared portal: it runs
 * beside the other tests (JUnit's parallel execution, two threads, src/test/resources/junit-platform.properties),
 * its own methods one after another in their order. Most of such a test's time is a start, a restart or a wait
 * for a timer, during which the shared portal's tests go on. Tests that use a shared portal or change what other
 * tests see (RuntimeSettings) never carry it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
// A lock of the class's own: JUnit then runs the class's methods in the class's thread, in order.
@ResourceLock("#ownServer")
public @interface OwnServer {
}
