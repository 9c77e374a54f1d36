package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.meeting.SessionRegistration;
import be.miresem.rebond.shared.time.ClockProducer;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Backs /espace/seances/: the officer creates presentation sessions and manages their registrations. */
@Named
@RequestScoped
public class SessionAdminBacking {

    @Inject
    private PresentationSessions sessions;

    private String title;
    private String date;
    private String time = "10:00";
    private int minutes = 90;
    private String place;
    private int capacity = 20;
    private String description;

    public String create() {
        Instant start;
        try {
            start = LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(ClockProducer.ZONE)
                    .toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            Messages.error(null, "seancesAdmin.invalid");
            return null;
        }
        if (capacity < 1 || minutes < 1 || title == null || title.isBlank() || place == null || place.isBlank()) {
            Messages.error(null, "seancesAdmin.invalid");
            return null;
        }
        sessions.create(title.strip(), start, start.plus(Duration.ofMinutes(minutes)), place.strip(), capacity,
                description);
        Messages.flashInfo("seancesAdmin.created");
        return "/espace/seances/index?faces-redirect=true";
    }

    public String cancel(long registrationId) {
        sessions.cancelRegistration(registrationId);
        Messages.flashInfo("seancesAdmin.cancelled");
        return "/espace/seances/index?faces-redirect=true";
    }

    public List<PresentationSession> getUpcoming() {
        return sessions.upcoming();
    }

    public List<SessionRegistration> registrations(PresentationSession session) {
        return sessions.registrations(session.getId());
    }

    public int placesLeft(PresentationSession session) {
        return sessions.placesLeft(session);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
