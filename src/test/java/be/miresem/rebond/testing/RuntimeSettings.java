package be.miresem.rebond.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings changed on a running portal in the SystemTest stage ({@code /test/reglages}), for the length of a
 * try-with-resources block: the real anti-spam limits, a moved clock, a short retention period... on the shared
 * portal, instead of a server of one's own. Closing puts every setting back as the environment gave it. The tests
 * of the shared portals run one at a time (only {@link OwnServer} classes, which never use them, run beside
 * them), so nobody else sees the changed values.
 *
 * <pre>
 * try (RuntimeSettings clock = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "-P28D")) { ... }
 * </pre>
 */
public final class RuntimeSettings implements AutoCloseable {

    private final PortalServer server;

    private RuntimeSettings(PortalServer server) {
        this.server = server;
    }

    /** Sets the given settings (name, value, name, value...); an empty value unsets one. */
    public static RuntimeSettings set(PortalServer server, String... namesAndValues) {
        RuntimeSettings settings = new RuntimeSettings(server);
        settings.change(namesAndValues);
        return settings;
    }

    /** Changes more settings within the same block. */
    public RuntimeSettings change(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        HttpResponse<String> answer = new WebClient(server).post("/test/reglages", form);
        assertThat(answer.statusCode()).as("/test/reglages " + form + ": " + answer.body()).isEqualTo(200);
        return this;
    }

    @Override
    public void close() {
        HttpResponse<String> answer = new WebClient(server).post("/test/reglages", Map.of("reset", ""));
        assertThat(answer.statusCode()).as("/test/reglages reset").isEqualTo(200);
    }
}
