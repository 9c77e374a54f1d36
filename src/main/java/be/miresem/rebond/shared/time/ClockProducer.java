package be.miresem.rebond.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The portal's clock, in Europe/Brussels. Inject {@link Clock} instead of calling now(), so tests can move
 * time: outside the Production stage, {@code REBOND_CLOCK_OFFSET} (an ISO-8601 duration such as
 * {@code P1827D}) shifts the whole portal's clock, e.g. to test what happens years after a case was closed.
 * In Production the setting is ignored (and a warning logged).
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.system(ZONE);
        java.util.Optional<String> offset = be.miresem.rebond.shared.config.Settings.CLOCK_OFFSET.value();
        if (offset.isEmpty()) {
            return system;
        }
        if ("Production".equals(be.miresem.rebond.shared.config.Settings.PROJECT_STAGE.get())) {
            java.util.logging.Logger.getLogger(ClockProducer.class.getName())
                    .warning("REBOND_CLOCK_OFFSET is ignored in the Production stage");
            return system;
        }
        return Clock.offset(system, java.time.Duration.parse(offset.get()));
    }
}
