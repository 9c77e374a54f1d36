package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.Booking;
import be.miresem.rebond.meeting.BookingStatus;
import be.miresem.rebond.meeting.ChangeClosedException;
import be.miresem.rebond.meeting.MeetingLists;
import be.miresem.rebond.meeting.MeetingScheduling;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the lists of /espace/rendez-vous/: upcoming meetings with their cancel and confirm buttons, and a
 * partner's past meetings with the officer's notes. The booking form is {@link BookingBacking}'s.
 */
@Named
@RequestScoped
public class MeetingListBacking {

    @Inject
    private MeetingScheduling scheduling;

    @Inject
    private MeetingLists lists;

    private List<Booking> upcoming;
    private List<Booking> past;

    public String cancel(long id) {
        try {
            scheduling.cancel(id, null);
        } catch (ChangeClosedException closed) {
            Messages.refused(closed);
            return null;
        }
        Messages.flashInfo("rendezvous.cancelled");
        return "/espace/rendez-vous/index?faces-redirect=true";
    }

    public String confirm(long id) {
        scheduling.confirm(id);
        Messages.flashInfo("rendezvous.confirmed");
        return "/espace/rendez-vous/index?faces-redirect=true";
    }

    public boolean canChange(Booking booking) {
        return scheduling.canChange(booking);
    }

    public boolean isRequested(Booking booking) {
        return booking.getStatus() == BookingStatus.REQUESTED;
    }

    /** Read once per request (the page asks several times). */
    public List<Booking> getUpcoming() {
        if (upcoming == null) {
            upcoming = lists.upcoming();
        }
        return upcoming;
    }

    public List<Booking> getPast() {
        if (past == null) {
            past = lists.past();
        }
        return past;
    }
}
