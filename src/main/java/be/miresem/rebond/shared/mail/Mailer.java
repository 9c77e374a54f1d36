package be.miresem.rebond.shared.mail;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Queues e-mails in the outbox, inside the caller's transaction. */
@ApplicationScoped
public class Mailer {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    /** Stores the message; it is sent once the surrounding transaction commits (and retried until it is). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String to, String subject, String body) {
        em.persist(new OutboxMessage(to, subject, body, clock.instant()));
        queued.fire(new MailQueued());
    }

    /** The latest messages, newest first, for the officer's outbox page. */
    public List<OutboxMessage> recent(int max) {
        return em.createNamedQuery("OutboxMessage.findRecent", OutboxMessage.class).setMaxResults(max)
                .getResultList();
    }

    /** CDI event: a message was queued (the sender tries at once after commit). */
    public record MailQueued() {
    }
}
