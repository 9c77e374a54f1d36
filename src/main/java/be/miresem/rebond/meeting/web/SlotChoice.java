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

    /** The instant of a submitted slot; null when none or malformed. */
    static Instant parse(String slot) {
        try {
            return slot == null ? null : Instant.parse(slot);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
