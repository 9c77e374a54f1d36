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

    public static final int TITLE_MAX = 160;

    public static final int PLACE_MAX = 200;

    public static final int NOTE_MAX = 4000;

    public static final int DESCRIPTION_MAX = 2000;

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @Column(nullable = false)
    private int capacity;

    /** The officer's notes after the session (copied to the timelines of the requests invited to it). */
    @Column(length = NOTE_MAX)
    private String note;

    @Column(length = DESCRIPTION_MAX)
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
