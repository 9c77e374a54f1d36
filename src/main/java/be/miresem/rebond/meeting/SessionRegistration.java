package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A CPAS's seat(s) at a presentation session, or its place on the waitlist. */
@Entity
@Table(name = "session_registration")
@NamedQuery(name = "SessionRegistration.findByRequest",
        query = "select r from SessionRegistration r where r.requestId = :request order by r.id")
@NamedQuery(name = "SessionRegistration.findBySession",
        query = "select r from SessionRegistration r where r.sessionId = :session order by r.id")
public class SessionRegistration extends BaseEntity {

    public static final int NAME_MAX = 120;

    public static final int EMAIL_MAX = 254;

    private static final long serialVersionUID = 1L;

    /** Where a registration stands. Labels: {@code SessionRegistration.Status.X}. */
    public enum Status { REGISTERED, WAITLISTED, CANCELLED }

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "cpas_name", nullable = false, length = NAME_MAX)
    private String cpasName;

    @Column(name = "contact_name", nullable = false, length = NAME_MAX)
    private String contactName;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(nullable = false)
    private int participants;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** The collaboration request this registration was made for by the officer, if any. */
    @Column(name = "request_id")
    private Long requestId;

    /** Whether the CPAS came to the session; null until the officer records it. */
    private Boolean attended;

    protected SessionRegistration() {
    }

    SessionRegistration(Long sessionId, String cpasName, String contactName, String email, int participants,
            Status status, Long requestId) {
        this.requestId = requestId;
        this.sessionId = sessionId;
        this.cpasName = cpasName;
        this.contactName = contactName;
        this.email = email;
        this.participants = participants;
        this.status = status;
    }

    void setStatus(Status status) {
        this.status = status;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getCpasName() {
        return cpasName;
    }

    public String getContactName() {
        return contactName;
    }

    public String getEmail() {
        return email;
    }

    public int getParticipants() {
        return participants;
    }

    public Status getStatus() {
        return status;
    }

    public Boolean getAttended() {
        return attended;
    }

    void setAttended(Boolean attended) {
        this.attended = attended;
    }
}
