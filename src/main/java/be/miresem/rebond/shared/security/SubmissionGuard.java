package be.miresem.rebond.shared.security;

import be.miresem.rebond.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Anti-spam for the public forms that take a submission without an account (the collaboration request, the
 * registration for a presentation session), without third-party services: a hidden field people never fill
 * (honeypot), a minimum time between showing and sending the form (REBOND_REQUEST_MIN_SECONDS), and at most
 * REBOND_REQUEST_RATE_LIMIT accepted submissions of each form per address and hour. Refusals are logged with a
 * hash of the address, never the address itself.
 */
@ApplicationScoped
public class SubmissionGuard {

    private static final Logger LOG = Logger.getLogger(SubmissionGuard.class.getName());
    private static final Duration WINDOW = Duration.ofHours(1);

    /** Why a submission is refused; null when it may go on. Bundle keys {@code <form>.refused.X}. */
    public enum Refusal { HONEYPOT, TOO_FAST, RATE_LIMIT }

    /** The guarded forms, each with its own count per address. */
    public enum Form { COLLABORATION_REQUEST, SESSION_REGISTRATION }

    private final Map<String, Deque<Instant>> accepted = new ConcurrentHashMap<>();

    /** Checks a submission of a form before it is stored; null means it may be stored. */
    public Refusal check(Form form, String address, String honeypot, Instant shownAt, Instant now) {
        Refusal refusal = null;
        if (honeypot != null && !honeypot.isEmpty()) {
            refusal = Refusal.HONEYPOT;
        } else if (shownAt != null && Duration.between(shownAt, now).getSeconds() < Settings.REQUEST_MIN_SECONDS.asInt()) {
            refusal = Refusal.TOO_FAST;
        } else if (recentCount(form + " " + address, now) >= Settings.REQUEST_RATE_LIMIT.asInt()) {
            refusal = Refusal.RATE_LIMIT;
        }
        if (refusal != null) {
            Refusal reason = refusal;
            LOG.warning(() -> form + " refused (" + reason + ") from address #" + hash(address));
        }
        return refusal;
    }

    /** Counts an accepted submission of a form for the address. */
    public void accepted(Form form, String address, Instant now) {
        Deque<Instant> times = accepted.computeIfAbsent(form + " " + address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private int recentCount(String key, Instant now) {
        Deque<Instant> times = accepted.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String hash(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
