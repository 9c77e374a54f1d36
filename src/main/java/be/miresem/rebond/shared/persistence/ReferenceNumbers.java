package be.miresem.rebond.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gap-free sequential reference numbers per series and year ({@code COL-2026-0001}). The counter row is
 * locked for the rest of the caller's transaction, so concurrent callers wait for each other, and a
 * rolled-back transaction gives its number back: no gaps, no duplicates. Infrastructure: it holds its own
 * {@code EntityManager} for the counter rows and their locks.
 */
@ApplicationScoped
public class ReferenceNumbers {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private CounterCreator creator;

    /** The next reference of the series in the given year; must run inside the transaction that uses it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String prefix, int year) {
        String series = prefix + "-" + year;
        ReferenceCounter counter = em.find(ReferenceCounter.class, series, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            creator.create(series);
            counter = em.find(ReferenceCounter.class, series, LockModeType.PESSIMISTIC_WRITE);
        }
        return String.format("%s-%04d", series, counter.next());
    }

    /** Creates a series' counter row in its own transaction, tolerating a concurrent creation. */
    @ApplicationScoped
    public static class CounterCreator {

        @PersistenceContext(unitName = Persistence.UNIT)
        private EntityManager em;

        @Inject
        private CounterCreator self;

        public void create(String series) {
            try {
                self.insert(series);
            } catch (RuntimeException alreadyThere) {
                // another transaction created it first: fine
            }
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void insert(String series) {
            if (em.find(ReferenceCounter.class, series) == null) {
                em.persist(new ReferenceCounter(series));
                em.flush();
            }
        }
    }
}
