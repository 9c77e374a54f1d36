package be.miresem.rebond.shared.mail;

import be.miresem.rebond.shared.persistence.Persistence;
import be.miresem.rebond.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.SecurityContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Queues e-mails in the outbox, inside the caller's transaction. Infrastructure every feature calls, so it holds
 * its own {@code EntityManager} for the outbox table.
 */
@ApplicationScoped
public class Mailer {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    private SecurityContext securityContext;

    /**
     * Stores the message, its French from the bundle ({@link MailText}); it is sent once the surrounding transaction
     * commits (and retried until it is).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String to, MailText text) {
        send(to, text, null);
    }

    /** The same, with one text attachment (e.g. an iCalendar file), or none when it is null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String to, MailText text, Attachment attachment) {
        em.persist(new OutboxMessage(to, text.subject(), text.body(), clock.instant()).withAttachment(attachment));
        queued.fire(new MailQueued());
    }

    /** A text attachment: file name, MIME type (with parameters) and content. */
    public record Attachment(String name, String contentType, String content) {
    }

    /** The latest messages, newest first, for the officer's outbox page. Officers only. */
    public List<OutboxMessage> recent(int max) {
        Roles.requireOfficer(securityContext);
        return em.createNamedQuery("OutboxMessage.findRecent", OutboxMessage.class).setMaxResults(max)
                .getResultList();
    }

    /** Messages the server refused at least once and not sent yet, oldest first: the officer's home page. */
    public List<OutboxMessage> failing() {
        Roles.requireOfficer(securityContext);
        return em.createQuery("select m from OutboxMessage m where m.status = :pending and m.attempts > 0 order by m.id",
                OutboxMessage.class).setParameter("pending", OutboxMessage.Status.PENDING).setMaxResults(20)
                .getResultList();
    }

    /** CDI event: a message was queued (the sender tries at once after commit). */
    public record MailQueued() {
    }
}
