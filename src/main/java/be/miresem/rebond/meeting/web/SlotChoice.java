package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.SlotCalculator;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Helpers for the slot picker: slots grouped by local day, and the submitted "slot" radio value. */
final class SlotChoice {

    private SlotChoice() {
    }

    static Map<LocalDate, List<SlotCalculator.Slot>> byDay(List<SlotCalculator.Slot> slots) {
        return slots.stream().collect(Collectors.groupingBy(s -> s.start().toLocalDate(), LinkedHashMap::new,
                Collectors.toList()));
    }

    /** The submitted slot's raw value (kept to re-check it after a refusal). */
    static String submitted() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slot");
    }

    /** How moving a meeting to the submitted slot went. */
    enum Move { DONE, NO_SLOT, TAKEN, CLOSED }

    /**
     * Moves a meeting to the submitted slot with the given action, putting the French message for a missing
     * or taken slot on the page; the caller handles CLOSED (its own wording).
     */
    static Move move(java.util.function.Consumer<Instant> action) {
        Instant start = parse(submitted());
        if (start == null) {
            be.miresem.rebond.shared.web.Messages.error(null, "rendezvous.slot.required");
            return Move.NO_SLOT;
        }
        try {
            action.accept(start);
            return Move.DONE;
        } catch (be.miresem.rebond.meeting.SlotTakenException e) {
            be.miresem.rebond.shared.web.Messages.error(null, "rendezvous.slot.taken");
            return Move.TAKEN;
        } catch (be.miresem.rebond.meeting.ChangeClosedException e) {
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
