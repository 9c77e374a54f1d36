package be.miresem.rebond.notification;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * "Du nouveau": what the portal tells one person about a record (a hire on a case of their CPAS). The notification
 * waits on the person's home page until they open it; an e-mail says there is news and links to it, without a
 * word about the beneficiary. Other features call {@link #tell} in their own transaction, so the notification exists
 * exactly when the change does.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    /** How long an opened notification stays on the home page. */
    static final Duration KEPT_AFTER_SEEN = Duration.ofDays(7);

    @Inject
    private NotificationRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Mailer mailer;

    @Inject
    private Clock clock;

    /**
     * Tells one person about a record: a notification in their space, and the e-mail {@code mailKey} (subject and body,
     * the body's {0} being the link to the notification) unless null. The message and the mail must name no
     * beneficiary.
     *
     * @param message a stored line ({@link be.miresem.rebond.shared.text.StoredText})
     * @param link the path of the record (/espace/…)
     */
    public void tell(String recipient, String message, String link, String mailKey) {
        Notification notification = new Notification(recipient, message, link);
        repository.add(notification);
        if (mailKey != null) {
            mailer.send(recipient, MailText.of(mailKey).bodyWith(
                    PageLinks.publicAddress() + "/espace/nouveautes/?voir=" + notification.getId()));
        }
    }

    /** The signed-in person's notifications: unseen ones, and those opened in the last week, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> mine() {
        return repository.findRecent(currentUser.getEmail(), clock.instant().minus(KEPT_AFTER_SEEN), 30);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unseenCount() {
        return currentUser.isSignedIn() ? repository.countUnseen(currentUser.getEmail()) : 0;
    }

    /** How many unseen notifications of the signed-in person lead to addresses beginning with this. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unseenAbout(String linkPrefix) {
        return currentUser.isSignedIn() ? repository.countUnseenAbout(currentUser.getEmail(), linkPrefix) : 0;
    }

    /** The signed-in person has seen the record at this address: its notifications are seen too. */
    public void seenAbout(String link) {
        if (currentUser.isSignedIn()) {
            repository.markSeenAbout(currentUser.getEmail(), link, clock.instant());
        }
    }

    /** Marks every notification of the signed-in person seen ("Tout marquer comme lu"). */
    public void markAllSeen() {
        repository.markAllSeen(currentUser.getEmail(), clock.instant());
    }

    /** Marks one of the signed-in person's notifications seen and returns the path of its record (404 if not theirs). */
    public String open(long id) {
        Notification notification = repository.findById(id).filter(n -> n.getRecipient().equals(currentUser.getEmail()))
                .orElseThrow(() -> new NotFoundException("notification " + id));
        notification.seen(clock.instant());
        return notification.getLink();
    }
}
