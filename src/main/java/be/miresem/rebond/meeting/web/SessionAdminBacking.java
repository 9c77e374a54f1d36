package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.meeting.SessionRegistration;
import be.miresem.rebond.shared.time.ClockProducer;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Backs /espace/seances/: the officer creates presentation sessions and manages their registrations. */
@Named
@RequestScoped
public class SessionAdminBacking {

    @Inject
    private be.miresem.rebond.site.SiteService site;

    @Inject
    private PresentationSessions sessions;

    @Size(max = PresentationSession.TITLE_MAX)
    private String title;
    private LocalDate date;
    private LocalTime time = LocalTime.of(10, 0);
    private int minutes = 90;
    @Size(max = PresentationSession.PLACE_MAX)
    private String place;
    private int capacity = 20;
    @Size(max = PresentationSession.DESCRIPTION_MAX)
    private String description;

    public String create() {
        if (date == null || time == null || capacity < 1 || minutes < 1 || title == null || title.isBlank() || place == null || place.isBlank()) {
            Messages.error(null, "seancesAdmin.invalid");
            return null;
        }
        Instant start = date.atTime(time).atZone(ClockProducer.ZONE).toInstant();
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

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    /** The place typed, or else the officer's first meeting place with its address (what most sessions use). */
    public String getPlace() {
        if (place == null) {
            place = site.meetingPlaces().stream().findFirst().map(be.miresem.rebond.site.MeetingPlace::getLabel).orElse(null);
        }
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
