package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.Booking;
import be.miresem.rebond.meeting.ChangeClosedException;
import be.miresem.rebond.meeting.MeetingLinks;
import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.Param;

/**
 * Backs /rendez-vous/gerer?t=: the page an e-mailed link opens. Opening it changes nothing (mail scanners
 * follow links); the visitor confirms with a button. The signed token names the booking and its version,
 * and expires at the cut-off: a tampered, expired or superseded link shows a French explanation instead.
 */
@Named
@RequestScoped
public class ManageLinkBacking {

    @Inject
    private MeetingLinks links;

    @Inject
    private DateFormats dates;

    /** The token comes with every request (query string, then the forms' hidden field). */
    @Inject
    @Param(name = "t")
    private String token;
    private String slot;
    private Optional<Booking> booking;
    private List<SlotChoice.Day> days;
    private String done;
    private String cancelReason;

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String cancel() {
        try {
            links.cancelByLink(token, cancelReason);
        } catch (ChangeClosedException e) {
            booking = Optional.empty();
            return null;
        }
        done = Messages.text("gerer.cancelled");
        booking = Optional.empty();
        return null;
    }

    public String reschedule() {
        Instant[] moved = new Instant[1];
        switch (SlotChoice.move(slot, start -> {
            links.rescheduleByLink(token, start);
            moved[0] = start;
        })) {
            case DONE -> {
                done = Messages.text("gerer.moved", DateFormats.longDateTime(moved[0]));
                booking = Optional.empty();
            }
            case TAKEN -> {
                slot = null;
                days = null;
            }
            case CLOSED -> booking = Optional.empty();
            case NO_SLOT -> { }
        }
        return null;
    }

    public Booking getBooking() {
        if (booking == null) {
            booking = links.byLink(token);
        }
        return booking.orElse(null);
    }

    /** The free slots for the picker, by day. */
    public List<SlotChoice.Day> getDays() {
        if (days == null) {
            days = SlotChoice.days(links.freeSlotsByLink(token), dates);
        }
        return days;
    }

    public String getDone() {
        return done;
    }

    public String getToken() {
        return token;
    }


    public String getSlot() {
        return slot;
    }

    /** The chosen slot, bound from the picker's radios by the page's view parameter. */
    public void setSlot(String slot) {
        this.slot = slot;
    }
}
