package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reminders 24 h before meetings and sessions. Services schedule, move and cancel them in their own
 * transaction; {@link ReminderJob} sends the due ones, each in its own transaction: the conditional update
 * PENDING → SENT and the queued e-mail commit together, so a reminder is sent exactly once even when two
 * runs (or two nodes) overlap or the server restarts in between. Delivery failures are the outbox's concern.
 */
@ApplicationScoped
@Transactional
public class Reminders {

    @Inject
    private ReminderRepository repository;

    @Inject
    private BookingRepository bookings;

    @Inject
    private PresentationSessionRepository sessions;

    @Inject
    private Clock clock;

    @Inject
    private Mailer mailer;

    /** Makes sure each recipient gets a reminder before start; others of this target are cancelled. */
    void schedule(Reminder.Kind kind, long targetId, Collection<String> recipients, Instant start) {
        for (Reminder existing : forTarget(kind, targetId)) {
            if (!recipients.contains(existing.getRecipient())) {
                existing.cancel();
            }
        }
        for (String recipient : recipients) {
            repository.find(kind, targetId, recipient).ifPresentOrElse(r -> r.reschedule(start),
                    () -> repository.add(new Reminder(kind, targetId, recipient, start)));
        }
    }

    /** Cancels the pending reminders of a cancelled meeting or session. */
    void cancel(Reminder.Kind kind, long targetId) {
        forTarget(kind, targetId).forEach(Reminder::cancel);
    }

    /** Cancels one recipient's pending reminder (a cancelled registration). */
    void cancel(Reminder.Kind kind, long targetId, String recipient) {
        repository.find(kind, targetId, recipient).ifPresent(Reminder::cancel);
    }

    private List<Reminder> forTarget(Reminder.Kind kind, long targetId) {
        return repository.findForTarget(kind, targetId);
    }

    /** Ids of the reminders due now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> dueIds() {
        return repository.findDueIds(clock.instant(), 100);
    }

    /**
     * Claims and sends one reminder. Returns false if another run claimed it first (or it was cancelled).
     * Runs in its own transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long id) {
        if (!repository.claim(id, clock.instant())) {
            return false;
        }
        Reminder reminder = repository.getFresh(id);
        Instant when = reminder.getStartsAt();
        if (reminder.getKind() == Reminder.Kind.BOOKING) {
            Booking booking = bookings.findById(reminder.getTargetId()).orElseThrow();
            mailer.send(reminder.getRecipient(), MailText.of("mail.reminder.booking").subjectWith(when).bodyWith(when,
                    booking.getCpas().getName(), MailText.part("MeetingSubject." + booking.getSubject()), booking.getPlace()));
        } else {
            PresentationSession session = sessions.findById(reminder.getTargetId()).orElseThrow();
            mailer.send(reminder.getRecipient(), MailText.of("mail.reminder.session").subjectWith(when)
                    .bodyWith(when, session.getTitle(), session.getPlace()));
        }
        return true;
    }

    /** The most recent reminders, sent or not: the send log. Officers only (checked by the page's constraint and here). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reminder> log(int max) {
        return repository.findRecent(max);
    }
}
