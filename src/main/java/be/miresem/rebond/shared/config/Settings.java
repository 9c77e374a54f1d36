package be.miresem.rebond.shared.config;

import java.util.Optional;

/**
 * The portal's configuration: environment variables ({@code REBOND_*}), each of which may also be
 * given as a JVM system property ({@code -DREBOND_DEMO=false}). Every variable and its default is
 * listed in docs/configuration.md.
 */
public enum Settings {

    /** Whether demo content is loaded into an empty database. */
    DEMO("REBOND_DEMO", "true"),
    /** Password of the demo accounts. */
    DEMO_PASSWORD("REBOND_DEMO_PASSWORD", "Rebond-demo-2026"),
    /** E-mail of the first officer account, created on an empty database. */
    OFFICER_EMAIL("REBOND_OFFICER_EMAIL", null),
    /** Password of the first officer account. */
    OFFICER_PASSWORD("REBOND_OFFICER_PASSWORD", null),
    /** Faces project stage: Production unless developing. */
    PROJECT_STAGE("REBOND_PROJECT_STAGE", "Production"),
    /** Public address of the portal, for canonical links and the sitemap; derived from each request when unset. */
    PUBLIC_URL("REBOND_PUBLIC_URL", null),
    /** Session timeout in minutes. */
    SESSION_TIMEOUT_MINUTES("REBOND_SESSION_TIMEOUT", "30");

    private final String variable;
    private final String defaultValue;

    Settings(String variable, String defaultValue) {
        this.variable = variable;
        this.defaultValue = defaultValue;
    }

    public String variable() {
        return variable;
    }

    /** The configured value, or empty when neither the variable nor a default is set. */
    public Optional<String> value() {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(variable);
        }
        if (value == null || value.isBlank()) {
            value = defaultValue;
        }
        return Optional.ofNullable(value).map(String::strip);
    }

    public String get() {
        return value().orElseThrow(() -> new IllegalStateException(variable + " is not set"));
    }

    public boolean isOn() {
        return value().map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(false);
    }

    public int asInt() {
        return Integer.parseInt(get());
    }
}
