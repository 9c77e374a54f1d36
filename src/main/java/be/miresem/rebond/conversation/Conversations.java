package be.miresem.rebond.conversation;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The conversations between a CPAS and the Miresem: on a case (between the agents of the case's CPAS and the
 * officers) and on the partnership (what is not about one person). Only who may see the case or the CPAS reads and
 * writes — another CPAS's thread answers 404, like its cases. Reading a case's thread goes through
 * {@link CaseFiles#cpasIdOf}, which writes the read in the case's access log. A new message tells the other side
 * (a notification, and an e-mail that names no one and quotes nothing).
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class Conversations {

    /** The form field of a message's text, where its refusals are said. */
    public static final String FIELD = "messageBody";
    private static final String PARTNERSHIP_LINK = "/espace/echanges/";

    private static String caseLink(long caseFileId) {
        return "/espace/dossiers/dossier?id=" + caseFileId + "#echanges";
    }

    @Inject
    private MessageRepository repository;

    @Inject
    private CaseFiles cases;

    @Inject
    private PartnerService partners;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    @Inject
    private Notifications notifications;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A thread as a reader sees it: its messages in order, and the id of the last one they had seen before. */
    public record Thread(List<Message> messages, long seenBefore) {
        public boolean isUnseen(Message message) {
            return message.getId() > seenBefore;
        }
    }

    /** A partnership's thread in the officer's list: the CPAS and whether something is new for her. */
    public record Partnership(Cpas cpas, boolean unseen, boolean started) {
    }

    /** A case's messages for the signed-in reader, marked seen (404 for a case they may not see). */
    public Thread caseThread(long caseFileId) {
        cases.cpasIdOf(caseFileId);
        notifications.seenAbout(caseLink(caseFileId));
        return seen(Threads.ofCase(caseFileId), repository.ofCase(caseFileId));
    }

    /** A partnership's messages for the signed-in reader, marked seen (404 for another CPAS's). */
    public Thread partnershipThread(long cpasId) {
        visiblePartnership(cpasId);
        notifications.seenAbout(PARTNERSHIP_LINK + "?cpas=" + cpasId);
        return seen(Threads.ofPartnership(cpasId), repository.ofPartnership(cpasId));
    }

    /** Writes on a case; its agents or the officers are told. */
    public Message postOnCase(long caseFileId, String text) {
        long cpasId = cases.cpasIdOf(caseFileId);
        Message message = add(new Message(cpasId, caseFileId, currentUser.getEmail(), clean(text)));
        String link = caseLink(caseFileId);
        String news = StoredText.of("notification.message.case");
        for (String person : accounts.otherSide(cpasId)) {
            notifications.tell(person, NotificationKind.MESSAGE, news, link, "mail.caseMessage");
        }
        audit.record("message.case", "CaseFile#" + caseFileId, null);
        return message;
    }

    /** Writes on a partnership; its agents or the officers are told. */
    public Message postOnPartnership(long cpasId, String text) {
        Cpas cpas = visiblePartnership(cpasId);
        Message message = add(new Message(cpasId, null, currentUser.getEmail(), clean(text)));
        String news = StoredText.of(currentUser.isOfficer() ? "notification.message.fromMiresem"
                : "notification.message.fromCpas", cpas.getName());
        for (String person : accounts.otherSide(cpasId)) {
            notifications.tell(person, NotificationKind.MESSAGE, news, PARTNERSHIP_LINK + "?cpas=" + cpasId, "mail.partnershipMessage");
        }
        audit.record("message.partnership", "Cpas#" + cpasId, null);
        return message;
    }

    /** The author changes their message within the quarter of an hour. */
    public void edit(long messageId, String text) {
        Message message = changeable(messageId);
        message.edit(clean(text), clock.instant());
        audit.record("message.edit", "Message#" + messageId, null);
    }

    /** The author withdraws their message within the quarter of an hour; its place says so. */
    public void withdraw(long messageId) {
        Message message = changeable(messageId);
        message.withdraw(clock.instant());
        audit.record("message.withdraw", "Message#" + messageId, null);
    }

    /** The officer's list of partnerships: every active partner, those with something new first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Partnership> partnerships() {
        currentUser.requireOfficer();
        Map<Long, Long> latest = repository.latestPerPartnership();
        Map<String, Long> reads = repository.readsOf(currentUser.getEmail());
        List<Partnership> list = new ArrayList<>();
        for (Cpas cpas : partners.listPartners()) {
            Long last = latest.get(cpas.getId());
            long seen = reads.getOrDefault(Threads.ofPartnership(cpas.getId()), 0L);
            list.add(new Partnership(cpas, last != null && last > seen, last != null));
        }
        list.sort((a, b) -> Boolean.compare(b.unseen(), a.unseen()));
        return list;
    }

    /**
     * How many partnership messages the signed-in person has been told of and not yet seen (for the navigation, on
     * every page: counted from the notifications, without reading the messages).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unseenPartnerships() {
        return notifications.unseenAbout(PARTNERSHIP_LINK);
    }

    private Thread seen(String thread, List<Message> messages) {
        String reader = currentUser.getEmail();
        long before = repository.read(reader, thread).map(MessageRead::getLastSeenId).orElse(0L);
        if (!messages.isEmpty()) {
            long last = messages.get(messages.size() - 1).getId();
            repository.read(reader, thread).ifPresentOrElse(r -> r.seen(last),
                    () -> repository.add(new MessageRead(reader, thread, last)));
        }
        return new Thread(messages, before);
    }

    private Message add(Message message) {
        repository.add(message);
        // The author has seen their own message.
        repository.read(message.getAuthor(), message.thread()).ifPresentOrElse(r -> r.seen(message.getId()),
                () -> repository.add(new MessageRead(message.getAuthor(), message.thread(), message.getId())));
        return message;
    }

    private Message changeable(long messageId) {
        Message message = repository.find(messageId).orElseThrow(() -> new NotFoundException("message " + messageId));
        if (message.getCaseFileId() != null) {
            cases.cpasIdOf(message.getCaseFileId());
        } else {
            visiblePartnership(message.getCpasId());
        }
        if (!message.changeableBy(currentUser.getEmail(), clock.instant())) {
            throw new Refusal(null, "echanges.change.closed");
        }
        return message;
    }

    /** The CPAS of a partnership thread the signed-in person may see: the officer any, an agent their own. */
    private Cpas visiblePartnership(long cpasId) {
        Cpas cpas = partners.find(cpasId).orElseThrow(() -> new NotFoundException("cpas " + cpasId));
        if (!currentUser.isOfficer() && (currentUser.getCpas() == null || currentUser.getCpas().getId() != cpasId)) {
            throw new NotFoundException("cpas " + cpasId);
        }
        return cpas;
    }

    private static String clean(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new Refusal(FIELD, "echanges.body.required");
        }
        if (body.length() > Message.BODY_MAX) {
            throw new Refusal(FIELD, "echanges.body.tooLong");
        }
        return body;
    }
}
