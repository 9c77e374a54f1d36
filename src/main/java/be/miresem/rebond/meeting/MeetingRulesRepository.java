package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The officer's meeting rules as stored: the one settings row, the weekly windows, the days off. */
@ApplicationScoped
public class MeetingRulesRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    /** The settings row (a fresh installation has one, from the migrations). */
    public MeetingSettings getSettings() {
        return em.createQuery("select s from MeetingSettings s order by s.id", MeetingSettings.class).setMaxResults(1)
                .getSingleResult();
    }

    public List<AvailabilityWindow> findWindows() {
        return em.createNamedQuery("AvailabilityWindow.findAll", AvailabilityWindow.class).getResultList();
    }

    public Optional<AvailabilityWindow> findWindow(long id) {
        return Optional.ofNullable(em.find(AvailabilityWindow.class, id));
    }

    public void add(AvailabilityWindow window) {
        em.persist(window);
    }

    public void remove(AvailabilityWindow window) {
        em.remove(window);
    }

    /** The days off that end on or after this day. */
    public List<AvailabilityException> findDaysOffFrom(LocalDate day) {
        return em.createNamedQuery("AvailabilityException.findFrom", AvailabilityException.class)
                .setParameter("from", day).getResultList();
    }

    public Optional<AvailabilityException> findDayOff(long id) {
        return Optional.ofNullable(em.find(AvailabilityException.class, id));
    }

    public void add(AvailabilityException dayOff) {
        em.persist(dayOff);
    }

    public void remove(AvailabilityException dayOff) {
        em.remove(dayOff);
    }
}
