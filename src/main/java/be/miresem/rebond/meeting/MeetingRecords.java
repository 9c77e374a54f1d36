package be.miresem.rebond.meeting;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.MeetingOnCase;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * What the officer records once a meeting has taken place: whether the CPAS came (the dashboard counts meetings
 * held and no-shows) and her notes (shown to the partner with the meeting, and written in the journal of the case
 * the meeting was about). Officers only.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class MeetingRecords {

    @Inject
    private MeetingScheduling scheduling;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /**
     * Records whether the CPAS came to a confirmed meeting, once it has started: the dashboard counts
     * meetings held and no-shows. Officers only.
     */
    public void recordAttendance(long id, boolean came) {
        currentUser.requireOfficer();
        Booking booking = scheduling.find(id);
        if (!canRecordAttendance(booking)) {
            throw new IllegalStateException("Attendance is recorded for confirmed meetings that have started");
        }
        booking.recordAttendance(came);
        audit.record(came ? "meeting.attended" : "meeting.noShow", "Booking#" + id, null);
    }

    /** Whether attendance can be recorded for this booking now (confirmed or no-show, and started). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canRecordAttendance(Booking booking) {
        return (booking.getStatus() == BookingStatus.CONFIRMED || booking.getStatus() == BookingStatus.NO_SHOW)
                && !booking.getStartAt().isAfter(clock.instant());
    }

    /** Records the officer's notes after a meeting (shown to the partner with the meeting). */
    public void saveNote(long id, String note) {
        currentUser.requireOfficer();
        if (note != null && note.strip().length() > Booking.NOTE_MAX) {
            throw new MeetingException("note", "rendezvous.note.tooLong", Booking.NOTE_MAX);
        }
        Booking booking = scheduling.find(id);
        booking.recordNote(note, clock.instant());
        audit.record("meeting.note", "Booking#" + id, null);
        if (booking.getNote() != null) {
            scheduling.journal(booking, MeetingOnCase.What.NOTE, booking.getNote());
        }
    }
}
