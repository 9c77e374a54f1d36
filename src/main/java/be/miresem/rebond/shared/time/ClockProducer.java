package be.miresem.rebond.shared.time;

import be.miresem.rebond.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The portal's clock, in Europe/Brussels. Inject {@link Clock} instead of calling now(), so tests can move
 * time: outside the Production stage, {@code REBOND_CLOCK_OFFSET} (an ISO-8601 duration such as
 * {@code P1827D}) shifts the whole portal's clock, e.g. to test what happens years after a case was closed; in
 * the SystemTest stage the offset can also be changed while the portal runs ({@code /test/reglages}), and the
 * clock follows at once. In Production the setting is ignored (and a warning logged).
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.system(ZONE);
        if ("Production".equals(Settings.PROJECT_STAGE.get())) {
            if (Settings.CLOCK_OFFSET.value().isPresent()) {
                Logger.getLogger(ClockProducer.class.getName()).warning("REBOND_CLOCK_OFFSET is ignored in the Production stage");
            }
            return system;
        }
        return new Shifted(system);
    }

    /** The system clock shifted by REBOND_CLOCK_OFFSET as it is set at each reading. */
    static final class Shifted extends Clock {
        private final Clock system;
        private volatile String lastText;
        private volatile Duration lastOffset = Duration.ZERO;

        Shifted(Clock system) {
            this.system = system;
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(system.withZone(zone), offset());
        }

        @Override
        public Instant instant() {
            return system.instant().plus(offset());
        }

        private Duration offset() {
            String text = Settings.CLOCK_OFFSET.value().orElse("");
            if (!text.equals(lastText)) {
                lastOffset = text.isEmpty() ? Duration.ZERO : Duration.parse(text);
                lastText = text;
            }
            return lastOffset;
        }
    }
}
