package be.miresem.rebond.site;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Queries on the public site's content: news, testimonials, FAQ. */
@ApplicationScoped
public class SiteRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public List<NewsItem> findPublishedNews(LocalDate today, int first, int max) {
        return em.createNamedQuery("NewsItem.findPublished", NewsItem.class).setParameter("today", today)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countPublishedNews(LocalDate today) {
        return em.createNamedQuery("NewsItem.countPublished", Long.class).setParameter("today", today)
                .getSingleResult();
    }

    public Optional<NewsItem> findNewsBySlug(String slug) {
        return em.createNamedQuery("NewsItem.findBySlug", NewsItem.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<NewsItem> findAllNews() {
        return em.createNamedQuery("NewsItem.findAll", NewsItem.class).getResultList();
    }

    public List<Testimonial> findVisibleTestimonials() {
        return em.createNamedQuery("Testimonial.findVisible", Testimonial.class).getResultList();
    }

    public List<Testimonial> findAllTestimonials() {
        return em.createNamedQuery("Testimonial.findAll", Testimonial.class).getResultList();
    }

    public List<FaqEntry> findFaq() {
        return em.createNamedQuery("FaqEntry.findAll", FaqEntry.class).getResultList();
    }

    /** The one row of contact details (inserted by the migration), or nothing on a database without it. */
    public Optional<ContactDetails> findContactDetails() {
        return em.createQuery("select c from ContactDetails c order by c.id", ContactDetails.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<MeetingPlace> findMeetingPlaces() {
        return em.createNamedQuery("MeetingPlace.findAll", MeetingPlace.class).getResultList();
    }

    public <T> Optional<T> find(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }
}
