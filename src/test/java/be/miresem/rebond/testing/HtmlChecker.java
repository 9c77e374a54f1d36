package be.miresem.rebond.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu HTML Checker (vnu), in the test JVM: fails on any HTML error in a page. */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    /** The error lines the checker reports for this HTML (warnings and notes aside). */
    public static List<String> errors(String html) {
        try {
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
            validator.setNoLangDetect(true);
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            return Arrays.stream(report.split("\n")).filter(l -> l.contains(": error:") || l.contains("fatal"))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker failed", e);
        }
    }

    public static void assertValid(String what, String html) {
        assertThat(errors(html)).as("HTML errors in %s", what).isEmpty();
    }
}
