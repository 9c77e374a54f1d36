package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.Booking;
import be.miresem.rebond.meeting.BookingStatus;
import be.miresem.rebond.meeting.ChangeClosedException;
import be.miresem.rebond.meeting.MeetingRecords;
import be.miresem.rebond.meeting.MeetingRules;
import be.miresem.rebond.meeting.MeetingException;
import be.miresem.rebond.meeting.MeetingScheduling;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs /espace/rendez-vous/detail?id=: one meeting (another CPAS's is 404), with cancel and move up to the
 * cut-off, the officer's confirmation in "à confirmer" mode, and her notes after the meeting.
 */
@Named
@ViewScoped
public class BookingDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingScheduling scheduling;

    @Inject
    private MeetingRules rules;

    @Inject
    private MeetingRecords records;

    @Inject
    private DateFormats dates;

    private Long id;
    private String cancelReason;
    @Size(max = Booking.NOTE_MAX)
    private String note;
    private String slot;
    private transient Booking booking;
    private transient List<SlotChoice.Day> days;

    public void load() {
        booking = scheduling.find(id == null ? -1 : id);
        if (note == null) {
            note = booking.getNote();
        }
    }

    public String cancel() {
        try {
            scheduling.cancel(id, cancelReason);
        } catch (MeetingException refused) {
            Messages.refused(refused);
            return null;
        }
        Messages.flashInfo("rendezvous.cancelled");
        return "/espace/rendez-vous/index?faces-redirect=true";
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String reschedule() {
        switch (SlotChoice.move(slot, start -> scheduling.reschedule(id, start))) {
            case DONE -> {
                Messages.flashInfo("rendezvous.moved");
                return "/espace/rendez-vous/detail?faces-redirect=true&id=" + id;
            }
            case TAKEN -> {
                days = null;
                slot = null;
            }
            case CLOSED -> Messages.error(null, "rendezvous.change.closed");
            case NO_SLOT -> { }
        }
        return null;
    }

    public String confirm() {
        scheduling.confirm(id);
        Messages.flashInfo("rendezvous.confirmed");
        return "/espace/rendez-vous/detail?faces-redirect=true&id=" + id;
    }

    public String markNoShow() {
        records.recordAttendance(id, false);
        Messages.flashInfo("rendezvous.attendance.noShow");
        return "/espace/rendez-vous/detail?faces-redirect=true&id=" + id;
    }

    public String markHeld() {
        records.recordAttendance(id, true);
        Messages.flashInfo("rendezvous.attendance.held");
        return "/espace/rendez-vous/detail?faces-redirect=true&id=" + id;
    }

    public boolean isAttendanceRecordable() {
        return records.canRecordAttendance(getBooking());
    }

    public String saveNote() {
        try {
            records.saveNote(id, note);
        } catch (Refusal e) {
            Messages.refused(e);
            return null;
        }
        Messages.flashInfo("rendezvous.note.saved");
        Messages.warnIfSensitive(note);
        return "/espace/rendez-vous/detail?faces-redirect=true&id=" + id;
    }

    public Booking getBooking() {
        if (booking == null) {
            load();
        }
        return booking;
    }

    public boolean isChangeable() {
        return scheduling.canChange(getBooking());
    }

    public boolean isRequested() {
        return getBooking().getStatus() == BookingStatus.REQUESTED;
    }

    public Instant getDeadline() {
        return rules.changeDeadline(getBooking());
    }

    /** The free slots for the picker, by day. */
    public List<SlotChoice.Day> getDays() {
        if (days == null) {
            days = SlotChoice.days(scheduling.freeSlotsFor(getBooking()), dates);
        }
        return days;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSlot() {
        return slot;
    }

    /** The chosen slot, bound from the picker's radios by the page's view parameter. */
    public void setSlot(String slot) {
        this.slot = slot;
    }
}
