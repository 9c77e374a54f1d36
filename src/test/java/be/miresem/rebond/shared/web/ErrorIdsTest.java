package be.miresem.rebond.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What the log gets of an unexpected error: its classes, causes and frames, never its messages. */
class ErrorIdsTest {

    private static String printed(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void causesAreKeptWithoutTheirMessages() {
        Throwable error = new RuntimeException("jean.dupont@exemple.be",
                new IllegalStateException("Jean Dupont", new IllegalAccessException("rue des Écoles 3")));

        Throwable scrubbed = ErrorIds.scrubbed(error);

        String log = printed(scrubbed);
        assertThat(log).contains("java.lang.RuntimeException (message not logged)")
                .contains("Caused by: java.lang.IllegalStateException (message not logged)")
                .contains("Caused by: java.lang.IllegalAccessException (message not logged)")
                .contains("at be.miresem.rebond.shared.web.ErrorIdsTest.causesAreKeptWithoutTheirMessages")
                .doesNotContain("dupont").doesNotContain("Dupont").doesNotContain("Écoles");
        assertThat(scrubbed.getCause().getCause().getCause()).isNull();
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        Throwable scrubbed = ErrorIds.scrubbed(first);

        int depth = 0;
        for (Throwable t = scrubbed; t != null; t = t.getCause()) {
            depth++;
        }
        assertThat(depth).isBetween(2, 21);
        assertThat(printed(scrubbed)).doesNotContain("first").doesNotContain("second");
    }
}
