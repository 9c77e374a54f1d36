package be.miresem.rebond.shared.config;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's configuration: environment variables ({@code REBOND_*}), each of which may also be
 * given as a JVM system property ({@code -DREBOND_DEMO=false}). Every variable and its default is
 * listed in docs/configuration.md. In the SystemTest stage only, the {@link #ADJUSTABLE} ones can be changed on
 * the running portal ({@code /test/reglages}), so that the tests share one portal instead of starting one per
 * setting.
 */
public enum Settings {

    /**
     * Demo mode, only when asked for: demo content (with known passwords) loaded into an empty database, and
     * a banner on every page saying the data are fictitious.
     */
    DEMO("REBOND_DEMO", "false"),
    /** With the demo content: two years of fictitious case files with their follow-ups, so the dashboards show something. */
    DEMO_CASES("REBOND_DEMO_CASES", "true"),
    /** Password of the demo accounts. */
    DEMO_PASSWORD("REBOND_DEMO_PASSWORD", "Rebond-demo-2026"),
    /** E-mail of the first officer account, created on an empty database. */
    OFFICER_EMAIL("REBOND_OFFICER_EMAIL", null),
    /** Password of the first officer account. */
    OFFICER_PASSWORD("REBOND_OFFICER_PASSWORD", null),
    /** Faces project stage: Production unless developing. */
    PROJECT_STAGE("REBOND_PROJECT_STAGE", "Production"),
    /** Tests only (ignored in Production): shifts the portal's clock by an ISO-8601 duration, e.g. P1827D. */
    CLOCK_OFFSET("REBOND_CLOCK_OFFSET", null),
    /**
     * Public address of the portal, for every absolute link (e-mails, canonical links, the sitemap); unset:
     * http://localhost:REBOND_PORT, said in the log at start-up. Never derived from a request's Host header.
     */
    PUBLIC_URL("REBOND_PUBLIC_URL", null),
    /** The HTTP port the launch gives Payara Micro (--port), for the default public address. */
    PORT("REBOND_PORT", "8080"),
    /**
     * Addresses of the reverse proxies in front of the nodes (comma-separated, e.g. nginx's): for requests
     * from them, the client's address is taken from X-Forwarded-For. Unset: the header is never trusted.
     */
    TRUSTED_PROXIES("REBOND_TRUSTED_PROXIES", null),
    /** SMTP server for outgoing mail; unset: messages wait in the outbox. */
    SMTP_HOST("REBOND_SMTP_HOST", null),
    SMTP_PORT("REBOND_SMTP_PORT", "25"),
    SMTP_USER("REBOND_SMTP_USER", null),
    SMTP_PASSWORD("REBOND_SMTP_PASSWORD", null),
    /** "true" to require STARTTLS. */
    SMTP_STARTTLS("REBOND_SMTP_STARTTLS", "false"),
    /** Sender address of every message. */
    MAIL_FROM("REBOND_MAIL_FROM", "rebond@miresem.be"),
    /** First retry delay of a failed message, in seconds; doubled at each attempt, at most one hour. */
    MAIL_RETRY_SECONDS("REBOND_MAIL_RETRY_SECONDS", "60"),
    /** Where officer notifications go; unset: every active officer. */
    OFFICER_NOTIFY("REBOND_OFFICER_NOTIFY", null),
    /** Submissions of each public form (collaboration request, session registration) accepted per address and hour. */
    REQUEST_RATE_LIMIT("REBOND_REQUEST_RATE_LIMIT", "5"),
    /** Most people one registration for a presentation session may bring (the session's capacity is apart). */
    SESSION_MAX_PARTICIPANTS("REBOND_SESSION_MAX_PARTICIPANTS", "5"),
    /** Minimum seconds between showing a public form (request, session registration) and sending it. */
    REQUEST_MIN_SECONDS("REBOND_REQUEST_MIN_SECONDS", "3"),
    /** How long an invitation link works, in minutes (7 days). */
    INVITATION_MINUTES("REBOND_INVITATION_MINUTES", "10080"),
    /**
     * Failed sign-ins within LOGIN_WINDOW_MINUTES after which an address is refused for every account, and an
     * account is slowed down (LOGIN_DELAY_SECONDS after each failure, doubled each time) from every address.
     */
    LOGIN_MAX_FAILURES("REBOND_LOGIN_MAX_FAILURES", "5"),
    LOGIN_WINDOW_MINUTES("REBOND_LOGIN_WINDOW_MINUTES", "15"),
    /** An account's first wait after LOGIN_MAX_FAILURES failures, in seconds. */
    LOGIN_DELAY_SECONDS("REBOND_LOGIN_DELAY_SECONDS", "30"),
    /** How long a password reset link works, in minutes. */
    RESET_MINUTES("REBOND_RESET_MINUTES", "60"),
    /** Where online backups go; unset: the "backups" folder beside the database (in derby.system.home). */
    BACKUP_DIR("REBOND_BACKUP_DIR", null),
    /** How many backups are kept (the oldest beyond this number are deleted after each backup). */
    BACKUP_KEEP("REBOND_BACKUP_KEEP", "7"),
    /** Secret for POST /sauvegarde (the backup command); unset: that address is disabled. */
    BACKUP_TOKEN("REBOND_BACKUP_TOKEN", null),
    /** Session timeout in minutes. */
    SESSION_TIMEOUT_MINUTES("REBOND_SESSION_TIMEOUT", "30"),
    /** Days a closed case file is kept before it is anonymised (5 years). */
    RETENTION_DAYS("REBOND_RETENTION_DAYS", "1826"),
    /** Brussels time (HH:mm) of the daily round: tasks due that day, then the notifications' daily digest. */
    DAILY_ROUND_AT("REBOND_DAILY_ROUND_AT", "07:00"),
    /** Largest document attached to a case, in megabytes. */
    DOCUMENT_MAX_MB("REBOND_DOCUMENT_MAX_MB", "10");

    /** What a running portal in the SystemTest stage may be told: everything read where it is used. */
    public static final Set<Settings> ADJUSTABLE = EnumSet.of(CLOCK_OFFSET, TRUSTED_PROXIES, SMTP_HOST, SMTP_PORT,
            MAIL_RETRY_SECONDS, OFFICER_NOTIFY, REQUEST_RATE_LIMIT, SESSION_MAX_PARTICIPANTS, REQUEST_MIN_SECONDS,
            INVITATION_MINUTES, LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES, LOGIN_DELAY_SECONDS, RESET_MINUTES,
            RETENTION_DAYS, BACKUP_KEEP, BACKUP_TOKEN, DAILY_ROUND_AT, DOCUMENT_MAX_MB);
    /** Values set on the running portal (SystemTest only); an empty string stands for "not set". */
    private static final Map<Settings, String> OVERRIDES = new ConcurrentHashMap<>();

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
        String override = OVERRIDES.get(this);
        if (override != null) {
            return Optional.of(override.strip()).filter(v -> !v.isEmpty());
        }
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

    /** The stage in which tests may adjust the running portal: never Production, never Development. */
    public static boolean systemTest() {
        return "SystemTest".equals(PROJECT_STAGE.get());
    }

    /** The setting by its variable name, e.g. {@code REBOND_CLOCK_OFFSET}. */
    public static Optional<Settings> named(String variable) {
        return EnumSet.allOf(Settings.class).stream().filter(s -> s.variable.equals(variable)).findFirst();
    }

    /**
     * Changes this setting on the running portal until {@link #clearOverrides}; {@code ""} unsets it. SystemTest
     * stage and {@link #ADJUSTABLE} settings only.
     */
    public void override(String value) {
        if (!systemTest() || !ADJUSTABLE.contains(this)) {
            throw new IllegalStateException(variable + " cannot be changed on a running portal");
        }
        OVERRIDES.put(this, value == null ? "" : value);
    }

    /** Back to the environment's values. */
    public static void clearOverrides() {
        OVERRIDES.clear();
    }

    /** The values changed on the running portal, by variable name. */
    public static Map<String, String> overrides() {
        Map<String, String> named = new TreeMap<>();
        OVERRIDES.forEach((setting, value) -> named.put(setting.variable, value));
        return named;
    }
}
