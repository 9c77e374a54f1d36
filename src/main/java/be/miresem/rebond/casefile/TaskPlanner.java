package be.miresem.rebond.casefile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The automatic tasks of a case file, from its contract dates: a first contact 3 months before the planned
 * end, and outcome follow-ups 3, 6 and 12 months after the end (the actual end once known, else the planned
 * one). Pure, so the dates are unit-tested; {@link CaseFiles} applies them again whenever a date changes.
 */
public final class TaskPlanner {

    private TaskPlanner() {
    }

    public static Map<TaskKind, LocalDate> dueDates(LocalDate plannedEnd, LocalDate actualEnd) {
        LocalDate end = actualEnd != null ? actualEnd : plannedEnd;
        Map<TaskKind, LocalDate> due = new EnumMap<>(TaskKind.class);
        due.put(TaskKind.FIRST_CONTACT, plannedEnd.minusMonths(3));
        due.put(TaskKind.FOLLOW_UP_3, end.plusMonths(3));
        due.put(TaskKind.FOLLOW_UP_6, end.plusMonths(6));
        due.put(TaskKind.FOLLOW_UP_12, end.plusMonths(12));
        return due;
    }
}
