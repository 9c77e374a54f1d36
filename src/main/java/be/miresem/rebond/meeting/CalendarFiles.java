package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.time.ClockProducer;
import be.miresem.rebond.shared.web.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar files for meetings (built with ical4j): one stable UID per booking, SEQUENCE raised at each
 * change, METHOD:REQUEST for a new or changed meeting and METHOD:CANCEL for a cancelled one, times in
 * Europe/Brussels with its VTIMEZONE, so Outlook, Google and Thunderbird place them right.
 */
public final class CalendarFiles {

    private CalendarFiles() {
    }

    /** The stable UID of a booking's event. */
    public static String uid(Booking booking) {
        return "booking-" + booking.getId() + "@rebond.miresem.be";
    }

    /** The invitation (or cancellation, for a cancelled booking) as an e-mail attachment. */
    public static Mailer.Attachment attachment(Booking booking, String attendeeEmail) {
        boolean cancelled = booking.getStatus() == BookingStatus.CANCELLED;
        String method = cancelled ? "CANCEL" : "REQUEST";
        return new Mailer.Attachment(cancelled ? "annulation.ics" : "rendez-vous.ics",
                "text/calendar; method=" + method + "; charset=UTF-8", ics(booking, attendeeEmail, method));
    }

    /** A session's invitation (or, cancelled, its cancellation) for one registrant. */
    public static Mailer.Attachment sessionAttachment(PresentationSession session, String attendeeEmail,
            boolean cancelled) {
        String method = cancelled ? "CANCEL" : "REQUEST";
        Calendar calendar = calendar(method);
        VEvent event = sessionEvent(session);
        event.add(new Sequence(cancelled ? 1 : 0));
        event.add(new Status(cancelled ? "CANCELLED" : "CONFIRMED"));
        event.add(new Organizer(URI.create("mailto:" + Settings.MAIL_FROM.get())));
        event.add(new Attendee(URI.create("mailto:" + attendeeEmail)));
        calendar.add(event);
        return new Mailer.Attachment(cancelled ? "annulation.ics" : "seance.ics",
                "text/calendar; method=" + method + "; charset=UTF-8", write(calendar));
    }

    private static VEvent sessionEvent(PresentationSession session) {
        VEvent event = new VEvent(session.getStartAt().atZone(ClockProducer.ZONE),
                session.getEndAt().atZone(ClockProducer.ZONE), session.getTitle());
        event.add(new Uid("session-" + session.getId() + "@rebond.miresem.be"));
        event.add(new Location(session.getPlace()));
        if (session.getDescription() != null) {
            event.add(new Description(session.getDescription()));
        }
        return event;
    }

    static String ics(Booking booking, String attendeeEmail, String method) {
        Calendar calendar = calendar(method);
        calendar.add(event(booking, attendeeEmail, "CANCEL".equals(method)));
        return write(calendar);
    }

    /**
     * A subscription feed (METHOD:PUBLISH) of meetings and sessions, for Outlook, Google or Thunderbird.
     * Cancelled bookings are left out; their UIDs simply disappear from the feed.
     */
    public static String feed(List<Booking> bookings, List<PresentationSession> sessions) {
        Calendar calendar = calendar("PUBLISH");
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", "Rebond"));
        for (Booking booking : bookings) {
            if (booking.isActive()) {
                calendar.add(event(booking, null, false));
            }
        }
        for (PresentationSession session : sessions) {
            calendar.add(sessionEvent(session));
        }
        return write(calendar);
    }

    private static VEvent event(Booking booking, String attendeeEmail, boolean cancelled) {
        ZonedDateTime start = booking.getStartAt().atZone(ClockProducer.ZONE);
        ZonedDateTime end = booking.getEndAt().atZone(ClockProducer.ZONE);
        String summary = Messages.text("ics.summary", Messages.text("MeetingSubject." + booking.getSubject()))
                + " – " + booking.getCpas().getName();
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(uid(booking)));
        event.add(new Sequence(booking.getSequence()));
        if (booking.getPlace() != null) {
            event.add(new Location(booking.getPlace()));
        }
        event.add(new Description(Messages.text("ics.description", booking.getCpas().getName())));
        event.add(new Status(cancelled ? "CANCELLED"
                : booking.getStatus() == BookingStatus.REQUESTED ? "TENTATIVE" : "CONFIRMED"));
        event.add(new Organizer(URI.create("mailto:" + Settings.MAIL_FROM.get())));
        if (attendeeEmail != null) {
            event.add(new Attendee(URI.create("mailto:" + attendeeEmail)));
        }
        return event;
    }

    /** Europe/Brussels as a VTIMEZONE, built once (reading the zone data is the costly part of a file). */
    private static volatile VTimeZone zone;

    private static VTimeZone zone() {
        VTimeZone built = zone;
        if (built == null) {
            built = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ClockProducer.ZONE.getId())
                    .getVTimeZone();
            zone = built;
        }
        return built;
    }

    private static Calendar calendar(String method) {
        VTimeZone zone = zone().copy();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Miresem//Rebond//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        calendar.add(zone);
        return calendar;
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
