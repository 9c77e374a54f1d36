package be.miresem.rebond.casefile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The automatic tasks of a case file, from its contract dates: a first contact 3 months before the planned
 * end, and outcome follow-ups 3, 6 and 12 months after the end (the actual end once known, else the planned
 * one). A task is never due before the day it is created, and the situation a follow-up asks for closes it.
 * Pure, so the dates are unit-tested; {@link CaseFollowUp} applies them again whenever a date changes.
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

    /**
     * The due date of a task created on that day: never before it. A case referred less than three months before
     * its planned end gets its first contact due at once, not already late.
     */
    public static LocalDate dueWhenCreated(LocalDate due, LocalDate today) {
        return due.isBefore(today) ? today : due;
    }

    /** The follow-up task that a situation answering this milestone (3, 6 or 12 months after the end) closes. */
    public static Optional<TaskKind> closedBy(Integer milestone) {
        if (milestone == null) {
            return Optional.empty();
        }
        return switch (milestone) {
            case 3 -> Optional.of(TaskKind.FOLLOW_UP_3);
            case 6 -> Optional.of(TaskKind.FOLLOW_UP_6);
            case 12 -> Optional.of(TaskKind.FOLLOW_UP_12);
            default -> Optional.empty();
        };
    }
}
