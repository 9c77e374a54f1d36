package be.miresem.rebond.conversation;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Messages and read markers as stored. */
@ApplicationScoped
public class MessageRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public List<Message> ofCase(long caseFileId) {
        return em.createNamedQuery("Message.ofCase", Message.class).setParameter("case", caseFileId).getResultList();
    }

    public List<Message> ofPartnership(long cpasId) {
        return em.createNamedQuery("Message.ofPartnership", Message.class).setParameter("cpas", cpasId).getResultList();
    }

    /** The id of the latest partnership message of each CPAS that has one. */
    public Map<Long, Long> latestPerPartnership() {
        Map<Long, Long> latest = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Message.latestPerPartnership", Object[].class).getResultList()) {
            latest.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return latest;
    }

    public Optional<Message> find(long id) {
        return Optional.ofNullable(em.find(Message.class, id));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public Optional<MessageRead> read(String reader, String thread) {
        return em.createNamedQuery("MessageRead.find", MessageRead.class).setParameter("reader", reader)
                .setParameter("thread", thread).getResultStream().findFirst();
    }

    /** The person's read markers by thread. */
    public Map<String, Long> readsOf(String reader) {
        Map<String, Long> reads = new HashMap<>();
        for (MessageRead read : em.createNamedQuery("MessageRead.ofReader", MessageRead.class)
                .setParameter("reader", reader).getResultList()) {
            reads.put(read.getThread(), read.getLastSeenId());
        }
        return reads;
    }
}
