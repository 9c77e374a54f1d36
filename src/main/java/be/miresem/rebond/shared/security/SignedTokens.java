package be.miresem.rebond.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring tokens for e-mailed links: {@code payload.expiry.signature}, URL-safe, signed with
 * HMAC-SHA256. A token whose payload, expiry or signature was changed, or whose expiry has passed, is refused.
 * Pure: the key and the current instant are given, so expiry is unit-tested with a fixed clock.
 */
public final class SignedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SignedTokens() {
    }

    /** A token carrying payload (any text) until expiry. */
    public static String sign(byte[] key, String payload, Instant expiry) {
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + expiry.getEpochSecond();
        return body + "." + ENCODER.encodeToString(mac(key, body));
    }

    /** The payload of a genuine token that has not expired at now; empty otherwise. */
    public static Optional<String> verify(byte[] key, String token, Instant now) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String body = token.substring(0, last);
        try {
            byte[] signature = DECODER.decode(token.substring(last + 1));
            if (!MessageDigest.isEqual(signature, mac(key, body))) {
                return Optional.empty();
            }
            long expiry = Long.parseLong(token.substring(first + 1, last));
            if (!now.isBefore(Instant.ofEpochSecond(expiry))) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODER.decode(token.substring(0, first)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
