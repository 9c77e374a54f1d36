package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.ChangeClosedException;
import be.miresem.rebond.meeting.SlotCalculator;
import be.miresem.rebond.meeting.SlotTakenException;
import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.shared.web.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Helpers for the slot picker: slots grouped by local day, and moving a meeting to the chosen one. The radios
 * (name "slot") bind to the page's bean through a view parameter ({@code <f:viewParam name="slot">}).
 *
 * <p>The picker's days and times are formatted here, once, into plain records: the page then only reads
 * properties. A method call in EL ({@code #{dates.time(s.start)}}) is looked up by reflection at every
 * evaluation, and the picker has one radio input per free slot; the booking page is what every refused
 * booking gets back (docs/performance.md, "Concurrent bookings of one slot").
 */
public final class SlotChoice {

    /** A day of the picker: its French label ("mardi 1 décembre 2026") and its times. */
    public record Day(String label, List<Option> options) {
    }

    /**
     * One radio input: its element id, its value (the slot's instant, as submitted) and its French time
     * ("09h00", in Europe/Brussels).
     */
    public record Option(String id, String value, String time) {
    }

    private SlotChoice() {
    }

    /** The free slots as picker days, in order. */
    static List<Day> days(List<SlotCalculator.Slot> slots, DateFormats dates) {
        Map<LocalDate, List<SlotCalculator.Slot>> byDay = slots.stream().collect(Collectors.groupingBy(
                s -> s.start().toLocalDate(), LinkedHashMap::new, Collectors.toList()));
        List<Day> days = new ArrayList<>(byDay.size());
        byDay.forEach((day, daySlots) -> days.add(new Day(dates.day(day), daySlots.stream()
                .map(s -> new Option("slot-" + s.startInstant().getEpochSecond(), s.startInstant().toString(),
                        dates.time(s.start())))
                .toList())));
        return days;
    }

    /** How moving a meeting to the submitted slot went. */
    enum Move { DONE, NO_SLOT, TAKEN, CLOSED }

    /**
     * Moves a meeting to the submitted slot with the given action, putting the French message for a missing
     * or taken slot on the page; the caller handles CLOSED (its own wording).
     */
    static Move move(String slot, Consumer<Instant> action) {
        Instant start = parse(slot);
        if (start == null) {
            Messages.error(null, "rendezvous.slot.required");
            return Move.NO_SLOT;
        }
        try {
            action.accept(start);
            return Move.DONE;
        } catch (SlotTakenException taken) {
            Messages.refused(taken);
            return Move.TAKEN;
        } catch (ChangeClosedException e) {
            return Move.CLOSED;
        }
    }

    /** The instant of a submitted slot; null when none or malformed. */
    static Instant parse(String slot) {
        try {
            return slot == null ? null : Instant.parse(slot);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
