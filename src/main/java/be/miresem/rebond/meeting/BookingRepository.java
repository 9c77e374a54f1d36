package be.miresem.rebond.meeting;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bookings as stored. {@link #insert} and {@link #flush} write at once, so that the unique constraint on the
 * active slot answers inside the caller's transaction (a {@code PersistenceException} when the slot is taken).
 */
@ApplicationScoped
public class BookingRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public Optional<Booking> findById(long id) {
        return Optional.ofNullable(em.find(Booking.class, id));
    }

    public void insert(Booking booking) {
        em.persist(booking);
        em.flush();
    }

    /** Writes the changes of the managed bookings now (a move checks its new slot against the constraint). */
    public void flush() {
        em.flush();
    }

    public List<Booking> findUpcoming(Instant now) {
        return em.createNamedQuery("Booking.findUpcoming", Booking.class).setParameter("now", now).getResultList();
    }

    public List<Booking> findUpcomingForCpas(Cpas cpas, Instant now) {
        return em.createNamedQuery("Booking.findUpcomingForCpas", Booking.class).setParameter("cpas", cpas)
                .setParameter("now", now).getResultList();
    }

    public List<Booking> findPastForCpas(Cpas cpas, Instant now, int max) {
        return em.createNamedQuery("Booking.findPastForCpas", Booking.class).setParameter("cpas", cpas)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Active bookings between two instants, with their CPAS. */
    public List<Booking> findBetween(Instant from, Instant to) {
        return em.createNamedQuery("Booking.findBetween", Booking.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    /** A CPAS's active bookings between two instants. */
    public List<Booking> findBetweenForCpas(Cpas cpas, Instant from, Instant to) {
        return em.createNamedQuery("Booking.findBetweenForCpas", Booking.class).setParameter("cpas", cpas)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * The intervals of the active bookings overlapping [from, to), but the one excepted (two columns, no entities:
     * this runs on every booking page and attempt).
     */
    public List<SlotCalculator.Busy> findBusy(Instant from, Instant to, Long except) {
        return em.createQuery("select b.startAt, b.endAt from Booking b where b.activeSlot is not null "
                        + "and b.startAt < :to and b.endAt > :from and b.id <> :except", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("except", except == null ? -1L : except)
                .getResultList().stream().map(r -> new SlotCalculator.Busy((Instant) r[0], (Instant) r[1])).toList();
    }
}
