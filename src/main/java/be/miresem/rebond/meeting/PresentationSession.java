package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A meeting where the Miresem presents Rebond to several CPAS (séance de présentation). */
@Entity
@Table(name = "presentation_session")
@NamedQuery(name = "PresentationSession.findBetween",
        query = "select s from PresentationSession s where s.startAt < :to and s.endAt > :from order by s.startAt")
@NamedQuery(name = "PresentationSession.findUpcoming",
        query = "select s from PresentationSession s where s.startAt > :now order by s.startAt")
public class PresentationSession extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false)
    private int capacity;

    /** The officer's notes after the session (copied to the timelines of the requests invited to it). */
    @Column(length = 4000)
    private String note;

    @Column(length = 2000)
    private String description;

    protected PresentationSession() {
    }

    public PresentationSession(String title, Instant startAt, Instant endAt, String place, int capacity,
            String description) {
        this.title = title;
        this.startAt = startAt;
        this.endAt = endAt;
        this.place = place;
        this.capacity = capacity;
        this.description = description;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getDescription() {
        return description;
    }

    public String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
