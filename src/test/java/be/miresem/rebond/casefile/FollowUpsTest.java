package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    private static final LocalDate END = LocalDate.of(2025, 3, 31);

    @Test
    void theLatestObservationOfEachFollowUpCounts() {
        List<FollowUps.Recorded> recorded = List.of(
                new FollowUps.Recorded(LocalDate.of(2025, 8, 25), 9, Situation.TRAINING, 3),
                new FollowUps.Recorded(LocalDate.of(2025, 8, 20), 8, Situation.UNEMPLOYMENT, 3),
                new FollowUps.Recorded(LocalDate.of(2025, 9, 30), 5, Situation.SERVICE_VOUCHERS, 6),
                new FollowUps.Recorded(LocalDate.of(2025, 9, 30), 7, Situation.NO_NEWS, 6),
                new FollowUps.Recorded(LocalDate.of(2025, 4, 2), 3, Situation.OTHER, null));
        var latest = FollowUps.latest(recorded);
        assertThat(latest).containsEntry(3, Situation.TRAINING).as("same day: the one recorded last")
                .containsEntry(6, Situation.NO_NEWS).doesNotContainKey(12).hasSize(2);
        assertThat(FollowUps.boomerang(END, recorded)).isFalse();
        assertThat(FollowUps.boomerang(END, List.of(new FollowUps.Recorded(END.plusDays(365), 1, Situation.INTEGRATION_INCOME, null))))
                .isTrue();
        assertThat(FollowUps.boomerang(END, List.of(new FollowUps.Recorded(END.plusDays(366), 1, Situation.INTEGRATION_INCOME, 12))))
                .isFalse();
    }
}
