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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The notification centre: what the portal tells one person about a record (a message, a hire on a case of their
 * CPAS, a meeting booked...). The notification waits in their centre (/espace/nouveautes/, its count in the header)
 * until they open it; depending on their choice for its kind (Mon compte), an e-mail says at once that there is
 * news and links to it, or the daily digest counts it, never with a word about the beneficiary or the message.
 * Other features call {@link #tell} in their own transaction, so the notification exists exactly when the change
 * does.
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
     * Tells one person about a record: a notification in their space, delivered as they chose for its kind: at once
     * by the e-mail {@code kind}'s {@code mail.news.KIND} (a line and the link to the notification), in the next
     * daily digest, or in the portal only. The message must name no beneficiary.
     *
     * @param message a stored line ({@link be.miresem.rebond.shared.text.StoredText})
     * @param link the path of the record (/espace/…)
     */
    public void tell(String recipient, NotificationKind kind, String message, String link) {
        tell(recipient, kind, message, link, "mail.news." + kind);
    }

    /**
     * The same with the feature's own immediate e-mail {@code mailKey} (its body's {0} being the link), or none when
     * the feature e-mails the person itself whatever the choice (a meeting's calendar e-mail).
     */
    public void tell(String recipient, NotificationKind kind, String message, String link, String mailKey) {
        Delivery delivery = deliveryOf(recipient, kind);
        Notification notification = new Notification(recipient, kind, message, link, delivery == Delivery.DIGEST);
        repository.add(notification);
        if (delivery == Delivery.IMMEDIATE && mailKey != null) {
            mailer.send(recipient, MailText.of(mailKey).bodyWith(
                    PageLinks.publicAddress() + "/espace/nouveautes/?voir=" + notification.getId()));
        }
    }

    private Delivery deliveryOf(String person, NotificationKind kind) {
        return repository.findPreference(person, kind).map(NotificationPreference::getDelivery).orElse(kind.byDefault());
    }

    /** The signed-in person's choice for each kind they receive. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<NotificationKind, Delivery> myChoices() {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.receivedBy(currentUser.isOfficer())) {
            choices.put(kind, kind.byDefault());
        }
        for (NotificationPreference preference : repository.preferencesOf(currentUser.getEmail())) {
            choices.computeIfPresent(preference.getKind(), (kind, was) -> preference.getDelivery());
        }
        return choices;
    }

    /** Saves the signed-in person's choices (kinds they do not receive are ignored). */
    public void choose(Map<NotificationKind, Delivery> choices) {
        String person = currentUser.getEmail();
        List<NotificationKind> received = NotificationKind.receivedBy(currentUser.isOfficer());
        Map<NotificationKind, NotificationPreference> existing = new EnumMap<>(NotificationKind.class);
        repository.preferencesOf(person).forEach(p -> existing.put(p.getKind(), p));
        choices.forEach((kind, delivery) -> {
            if (!received.contains(kind) || delivery == null) {
                return;
            }
            NotificationPreference preference = existing.get(kind);
            if (preference != null) {
                preference.setDelivery(delivery);
            } else {
                repository.addPreference(new NotificationPreference(person, kind, delivery));
            }
        });
    }

    /**
     * Sends each person with notifications waiting for the digest one e-mail that counts them by kind and links to
     * the notification centre, and marks them sent. Runs in the daily round's transaction, which claims the day:
     * the e-mails (queued in the outbox) and the marks commit together, once.
     *
     * @return how many digests were sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendDigests() {
        Map<String, Map<NotificationKind, Integer>> counts = new TreeMap<>();
        for (Notification notification : repository.digestPending()) {
            counts.computeIfAbsent(notification.getRecipient(), r -> new EnumMap<>(NotificationKind.class))
                    .merge(notification.getKind(), 1, Integer::sum);
            notification.digested();
        }
        String centre = PageLinks.publicAddress() + "/espace/nouveautes/";
        counts.forEach((person, byKind) -> {
            List<MailText.Part> lines = new ArrayList<>();
            byKind.forEach((kind, count) -> lines.add(MailText.part("mail.digest.line." + kind, count)));
            int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
            mailer.send(person, MailText.of("mail.digest").subjectWith(total).bodyWith(lines, centre));
        });
        return counts.size();
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
