package be.miresem.rebond.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-03-29T00:30:00Z");

    @Test
    void aGenuineTokenGivesItsPayloadBackUntilItExpires() {
        String token = SignedTokens.sign(KEY, "booking:42:0", NOW.plusSeconds(3600));
        assertThat(SignedTokens.verify(KEY, token, NOW)).contains("booking:42:0");
        assertThat(SignedTokens.verify(KEY, token, NOW.plusSeconds(3599))).contains("booking:42:0");
        assertThat(SignedTokens.verify(KEY, token, NOW.plusSeconds(3600))).as("expired").isEmpty();
        assertThat(SignedTokens.verify(KEY, token, NOW.plusSeconds(86_400))).as("expired").isEmpty();
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = SignedTokens.sign(KEY, "booking:42:0", NOW.plusSeconds(3600));
        String[] parts = token.split("\\.");
        String otherPayload = SignedTokens.sign(KEY, "booking:43:0", NOW.plusSeconds(3600)).split("\\.")[0];
        assertThat(SignedTokens.verify(KEY, otherPayload + "." + parts[1] + "." + parts[2], NOW)).as("payload").isEmpty();
        assertThat(SignedTokens.verify(KEY, parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2], NOW))
                .as("expiry pushed back").isEmpty();
        char last = parts[2].charAt(0);
        String signature = (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertThat(SignedTokens.verify(KEY, parts[0] + "." + parts[1] + "." + signature, NOW)).as("signature").isEmpty();
        assertThat(SignedTokens.verify("another key, another portal....".getBytes(StandardCharsets.UTF_8), token, NOW))
                .as("other key").isEmpty();
        assertThat(SignedTokens.verify(KEY, "garbage", NOW)).isEmpty();
        assertThat(SignedTokens.verify(KEY, "a.b.c", NOW)).isEmpty();
        assertThat(SignedTokens.verify(KEY, null, NOW)).isEmpty();
    }
}
