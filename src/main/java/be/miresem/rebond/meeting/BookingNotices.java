package be.miresem.rebond.meeting;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.security.SignedTokens;
import be.miresem.rebond.shared.security.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What follows a booking, a move, a confirmation or a cancellation: e-mails to the CPAS side (with a signed
 * link to cancel or move) and to the officers, each with the iCalendar file, and the 24 h reminders.
 *
 * <p>The booking's own transaction only queues a {@link BookingNotice} row, so it stays short: on Derby, the
 * other people racing for the same slot wait for exactly that commit. The notice is then done in a
 * transaction of its own, right after the commit, by {@link ReminderJob}; if the server stops in between, the
 * job's next run does it. A conditional update claims each notice, so it is done exactly once.
 */
@ApplicationScoped
@Transactional
public class BookingNotices {

    /** Fired when a notice is queued; {@link ReminderJob} does it right after the commit. */
    public record Queued() {
    }

    @Inject
    private ReminderRepository repository;

    @Inject
    private BookingRepository bookings;

    @Inject
    private Clock clock;

    @Inject
    private Mailer mailer;

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    @Inject
    private Reminders reminders;

    @Inject
    private SigningKeys keys;

    @Inject
    private MeetingRules rules;

    @Inject
    private Event<Queued> queued;

    /** Queues a notice in the caller's transaction. */
    void queue(Booking booking, String kind, String baseUrl) {
        repository.add(new BookingNotice(booking.getId(), kind, baseUrl,
                currentUser.isSignedIn() ? currentUser.getEmail() : null));
        queued.fire(new Queued());
    }

    /** Ids of the notices not done yet, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> pendingIds() {
        return repository.findPendingNoticeIds();
    }

    /** Claims and does one notice in its own transaction; false if another run had it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean doOne(long id) {
        if (!repository.claimNotice(id, clock.instant())) {
            return false;
        }
        BookingNotice notice = repository.getFreshNotice(id);
        Booking booking = bookings.findById(notice.getBookingId()).orElseThrow();
        if (booking.isActive()) {
            reminders.schedule(Reminder.Kind.BOOKING, booking.getId(), partnerRecipients(booking), booking.getStartAt());
        } else {
            reminders.cancel(Reminder.Kind.BOOKING, booking.getId());
        }
        send(booking, notice.getKind(), notice.getBaseUrl());
        tell(booking, notice);
        return true;
    }

    /** The CPAS side of a booking: who booked it, or the CPAS's agents when the officer booked for them. */
    private Set<String> partnerRecipients(Booking booking) {
        Set<String> recipients = new LinkedHashSet<>();
        boolean bookedByOfficer = accounts.findActive(booking.getBookedBy()).map(a -> a.isOfficer()).orElse(false);
        if (bookedByOfficer) {
            recipients.addAll(accounts.activePartnerEmails(booking.getCpas()));
        } else {
            recipients.add(booking.getBookedBy());
        }
        return recipients;
    }

    /**
     * The notification centre of everyone concerned but who made the change (the partner, when it came through an
     * e-mail's link); their e-mail is the calendar one above, whatever their choice.
     */
    private void tell(Booking booking, BookingNotice notice) {
        Set<String> partners = partnerRecipients(booking);
        Set<String> people = new LinkedHashSet<>(partners);
        people.addAll(accounts.activeOfficerEmails());
        if (notice.getActor() != null) {
            people.remove(notice.getActor());
        } else {
            people.removeAll(partners);
        }
        String news = StoredText.of("notification.meeting." + notice.getKind(), booking.getCpas().getName(),
                StoredText.at(booking.getStartAt()));
        for (String person : people) {
            notifications.tell(person, NotificationKind.MEETING, news,
                    "/espace/rendez-vous/detail?id=" + booking.getId(), null);
        }
    }

    private void send(Booking booking, String kind, String baseUrl) {
        Instant when = booking.getStartAt();
        boolean active = booking.isActive();
        Instant deadline = rules.changeDeadline(booking);
        String spaceLink = baseUrl + "/espace/rendez-vous/detail?id=" + booking.getId();
        Set<String> partners = partnerRecipients(booking);
        Set<String> everyone = new LinkedHashSet<>(partners);
        everyone.addAll(Settings.OFFICER_NOTIFY.value().map(List::of).orElseGet(accounts::activeOfficerEmails));
        // The officer's copy says who booked, by name, and links straight to the meeting's page.
        Object bookedBy = accounts.findActive(booking.getBookedBy()).map(a -> a.getFullName())
                .orElse(booking.getBookedBy());
        Object reason = booking.getCancelReason() == null ? ""
                : MailText.part("mail.booking.reason", booking.getCancelReason());
        for (String to : everyone) {
            Object manage = !partners.contains(to)
                    ? MailText.part("mail.booking.space", spaceLink, bookedBy, booking.getCpas().getName())
                    : active ? MailText.part("mail.booking.manage", manageLink(booking, deadline, baseUrl), deadline)
                    : "";
            mailer.send(to, MailText.of("mail.booking." + kind).subjectWith(when).bodyWith(when,
                    booking.getCpas().getName(), MailText.part("MeetingSubject." + booking.getSubject()),
                    booking.getPlace(), manage, reason), CalendarFiles.attachment(booking, to));
        }
    }

    /** The link to manage a booking from an e-mail: valid until the cut-off, and only until the next change. */
    private String manageLink(Booking booking, Instant deadline, String baseUrl) {
        String token = SignedTokens.sign(keys.links(), "booking:" + booking.getId() + ":" + booking.getSequence(),
                deadline);
        return baseUrl + "/rendez-vous/gerer?t=" + token;
    }
}
