package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskPlannerTest {

    @Test
    void firstContactBeforeThePlannedEndAndFollowUpsAfterTheEnd() {
        Map<TaskKind, LocalDate> due = TaskPlanner.dueDates(LocalDate.of(2027, 5, 31), null);
        assertThat(due).containsEntry(TaskKind.FIRST_CONTACT, LocalDate.of(2027, 2, 28))
                .containsEntry(TaskKind.FOLLOW_UP_3, LocalDate.of(2027, 8, 31))
                .containsEntry(TaskKind.FOLLOW_UP_6, LocalDate.of(2027, 11, 30))
                .containsEntry(TaskKind.FOLLOW_UP_12, LocalDate.of(2028, 5, 31));
    }

    @Test
    void followUpsMoveWithTheActualEndButTheFirstContactStaysOnThePlannedOne() {
        Map<TaskKind, LocalDate> due = TaskPlanner.dueDates(LocalDate.of(2027, 5, 31), LocalDate.of(2027, 4, 15));
        assertThat(due).containsEntry(TaskKind.FIRST_CONTACT, LocalDate.of(2027, 2, 28))
                .containsEntry(TaskKind.FOLLOW_UP_3, LocalDate.of(2027, 7, 15))
                .containsEntry(TaskKind.FOLLOW_UP_6, LocalDate.of(2027, 10, 15))
                .containsEntry(TaskKind.FOLLOW_UP_12, LocalDate.of(2028, 4, 15));
    }

    @Test
    void aTaskIsNeverDueBeforeTheDayItIsCreated() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(TaskPlanner.dueWhenCreated(LocalDate.of(2026, 10, 1), today)).isEqualTo(today);
        assertThat(TaskPlanner.dueWhenCreated(today, today)).isEqualTo(today);
        assertThat(TaskPlanner.dueWhenCreated(LocalDate.of(2027, 1, 5), today)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void theSituationAFollowUpAsksForClosesThatFollowUp() {
        assertThat(TaskPlanner.closedBy(3)).contains(TaskKind.FOLLOW_UP_3);
        assertThat(TaskPlanner.closedBy(6)).contains(TaskKind.FOLLOW_UP_6);
        assertThat(TaskPlanner.closedBy(12)).contains(TaskKind.FOLLOW_UP_12);
        assertThat(TaskPlanner.closedBy(null)).isEmpty();
        assertThat(TaskPlanner.closedBy(0)).isEmpty();
    }
}
