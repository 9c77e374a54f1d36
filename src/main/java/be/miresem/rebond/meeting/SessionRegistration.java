package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A CPAS's seat(s) at a presentation session, or its place on the waitlist. */
@Entity
@Table(name = "session_registration")
@NamedQuery(name = "SessionRegistration.findByRequest",
        query = "select r from SessionRegistration r where r.requestId = :request order by r.id")
@NamedQuery(name = "SessionRegistration.findActiveByEmail", query = "select r from SessionRegistration r "
        + "where r.sessionId = :session and lower(r.email) = :email and r.status <> :cancelled order by r.id")
@NamedQuery(name = "SessionRegistration.findToFollowUp", query = "select r from SessionRegistration r "
        + "where r.attendance = :present and r.requestId is null and r.followedUpAt is null order by r.id")
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

    /** Whether the CPAS came to the session; null until the officer records it. Labels: {@code Attendance.X}. */
    public enum Attendance { PRESENT, ABSENT, EXCUSED }

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Attendance attendance;

    /** When the officer sent the follow-up e-mail to a CPAS that came without a collaboration request. */
    @Column(name = "followed_up_at")
    private Instant followedUpAt;

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

    public Attendance getAttendance() {
        return attendance;
    }

    void setAttendance(Attendance attendance) {
        this.attendance = attendance;
    }

    public Instant getFollowedUpAt() {
        return followedUpAt;
    }

    void followedUp(Instant at) {
        followedUpAt = at;
    }

    /** A second registration with the same e-mail address for the same session updates this one. */
    void update(String cpasName, String contactName, int participants) {
        this.cpasName = cpasName;
        this.contactName = contactName;
        this.participants = participants;
    }

    /** A CPAS that came and has not asked to collaborate yet: the officer's follow-up is due. */
    public boolean isToFollowUp() {
        return attendance == Attendance.PRESENT && requestId == null && followedUpAt == null;
    }

    void linkTo(Long request) {
        if (requestId == null) {
            requestId = request;
        }
    }
}
