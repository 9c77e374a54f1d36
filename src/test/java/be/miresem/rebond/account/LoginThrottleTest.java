package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The account's wait after repeated failures: none below the limit, then doubled at each failure, capped. */
class LoginThrottleTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration CAP = Duration.ofMinutes(15);

    @Test
    void noWaitBelowTheLimit() {
        assertThat(LoginThrottle.delay(0, 5, BASE, CAP)).isZero();
        assertThat(LoginThrottle.delay(4, 5, BASE, CAP)).isZero();
    }

    @Test
    void theWaitDoublesAtEachFailureFromTheLimitOn() {
        assertThat(LoginThrottle.delay(5, 5, BASE, CAP)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.delay(6, 5, BASE, CAP)).isEqualTo(Duration.ofSeconds(60));
        assertThat(LoginThrottle.delay(9, 5, BASE, CAP)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void theWaitNeverExceedsTheWindow() {
        assertThat(LoginThrottle.delay(10, 5, BASE, CAP)).isEqualTo(CAP);
        assertThat(LoginThrottle.delay(500, 5, BASE, CAP)).isEqualTo(CAP);
    }
}
