package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.Booking;
import be.miresem.rebond.meeting.MeetingScheduling;
import be.miresem.rebond.meeting.MeetingSubject;
import be.miresem.rebond.meeting.SlotCalculator;
import be.miresem.rebond.meeting.SlotTakenException;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs /espace/rendez-vous/: the free slots grouped by day (radio buttons, no JavaScript needed), the
 * booking form, and the CPAS's upcoming meetings with their cancel buttons.
 */
@Named
@RequestScoped
public class BookingBacking {

    static final String PLACE_OFFICE = "Bureau de la Miresem";

    @Inject
    private MeetingScheduling scheduling;

    private String slot;
    private MeetingSubject subject = MeetingSubject.FOLLOW_UP;
    private String place = PLACE_OFFICE;
    private String message;
    private Map<LocalDate, List<SlotCalculator.Slot>> days;

    public String book() {
        slot = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slot");
        Instant start;
        try {
            start = slot == null ? null : Instant.parse(slot);
        } catch (DateTimeParseException e) {
            start = null;
        }
        if (start == null) {
            Messages.error(null, "rendezvous.slot.required");
            return null;
        }
        try {
            scheduling.book(start, subject, place, message);
        } catch (SlotTakenException e) {
            slot = null;
            days = null;
            Messages.error(null, "rendezvous.slot.taken");
            return null;
        }
        Messages.flashInfo("rendezvous.booked");
        return "/espace/rendez-vous/index?faces-redirect=true";
    }

    public String cancel(long id) {
        scheduling.cancel(id);
        Messages.flashInfo("rendezvous.cancelled");
        return "/espace/rendez-vous/index?faces-redirect=true";
    }

    public Map<LocalDate, List<SlotCalculator.Slot>> getDays() {
        if (days == null) {
            days = scheduling.freeSlots().stream().collect(Collectors.groupingBy(s -> s.start().toLocalDate(),
                    LinkedHashMap::new, Collectors.toList()));
        }
        return days;
    }

    public List<LocalDate> getDayList() {
        return List.copyOf(getDays().keySet());
    }

    public List<Booking> getUpcoming() {
        return scheduling.upcoming();
    }

    public MeetingSubject[] getSubjects() {
        return MeetingSubject.values();
    }

    public List<String> getPlaces() {
        return List.of(PLACE_OFFICE, "Au CPAS", "Visioconférence");
    }

    public String getSlot() {
        return slot;
    }

    public MeetingSubject getSubject() {
        return subject;
    }

    public void setSubject(MeetingSubject subject) {
        this.subject = subject;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
