package be.miresem.rebond.onboarding;

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
 * Anti-spam for the public request form, without third-party services: a hidden field people never fill
 * (honeypot), a minimum time between showing and sending the form, and at most N accepted requests per
 * address and hour. Refusals are logged with a hash of the address, never the address itself.
 */
@ApplicationScoped
public class SubmissionGuard {

    private static final Logger LOG = Logger.getLogger(SubmissionGuard.class.getName());
    private static final Duration WINDOW = Duration.ofHours(1);

    /** Why a submission is refused; null when it may go on. Bundle keys {@code collaborer.refused.X}. */
    public enum Refusal { HONEYPOT, TOO_FAST, RATE_LIMIT }

    private final Map<String, Deque<Instant>> accepted = new ConcurrentHashMap<>();

    /** Checks a submission before it is stored; null means it may be stored. */
    public Refusal check(String address, String honeypot, Instant shownAt, Instant now) {
        Refusal refusal = null;
        if (honeypot != null && !honeypot.isEmpty()) {
            refusal = Refusal.HONEYPOT;
        } else if (shownAt != null && Duration.between(shownAt, now).getSeconds() < Settings.REQUEST_MIN_SECONDS.asInt()) {
            refusal = Refusal.TOO_FAST;
        } else if (recentCount(address, now) >= Settings.REQUEST_RATE_LIMIT.asInt()) {
            refusal = Refusal.RATE_LIMIT;
        }
        if (refusal != null) {
            Refusal reason = refusal;
            LOG.warning(() -> "Collaboration request refused (" + reason + ") from address #" + hash(address));
        }
        return refusal;
    }

    /** Counts an accepted request for the address. */
    public void accepted(String address, Instant now) {
        Deque<Instant> times = accepted.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private int recentCount(String address, Instant now) {
        Deque<Instant> times = accepted.get(address);
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
