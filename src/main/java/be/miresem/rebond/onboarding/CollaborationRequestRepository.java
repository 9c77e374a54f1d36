package be.miresem.rebond.onboarding;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Queries on collaboration requests and their timelines. */
@ApplicationScoped
public class CollaborationRequestRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public Optional<CollaborationRequest> findById(long id) {
        return Optional.ofNullable(em.find(CollaborationRequest.class, id));
    }

    public Optional<CollaborationRequest> findBySubmissionToken(String token) {
        return em.createNamedQuery("CollaborationRequest.findBySubmissionToken", CollaborationRequest.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    public Optional<CollaborationRequest> findByReference(String reference) {
        return em.createNamedQuery("CollaborationRequest.findByReference", CollaborationRequest.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    /** Another open request of the same commune or enterprise number. */
    public Optional<CollaborationRequest> findOpenDuplicate(CollaborationRequest request) {
        boolean withNumber = request.getEnterpriseNumber() != null;
        TypedQuery<CollaborationRequest> query = em.createQuery("select r from CollaborationRequest r "
                + "where r.mergedInto is null and r.stage <> :dropped and r.id <> :id and (lower(r.commune) = :commune"
                + (withNumber ? " or r.enterpriseNumber = :number" : "") + ") order by r.id", CollaborationRequest.class)
                .setParameter("dropped", OnboardingStage.DROPPED)
                .setParameter("id", request.getId() == null ? -1L : request.getId())
                .setParameter("commune", request.getCommune().toLowerCase(Locale.ROOT));
        if (withNumber) {
            query.setParameter("number", request.getEnterpriseNumber());
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    /** The requests matching the filter (merged ones excluded), sorted and paged as it says. */
    public List<CollaborationRequest> search(RequestFilter filter, LocalDate today, int first, int max) {
        TypedQuery<CollaborationRequest> query = em.createQuery(
                "select r from CollaborationRequest r" + where(filter) + " order by " + filter.sort().jpql(),
                CollaborationRequest.class);
        parameters(filter, today).forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(RequestFilter filter, LocalDate today) {
        TypedQuery<Long> query = em.createQuery("select count(r) from CollaborationRequest r" + where(filter), Long.class);
        parameters(filter, today).forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Number of (unmerged) requests per stage. */
    public Map<OnboardingStage, Long> countByStage() {
        Map<OnboardingStage, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select r.stage, count(r) from CollaborationRequest r "
                + "where r.mergedInto is null group by r.stage", Object[].class).getResultList()) {
            counts.put((OnboardingStage) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<OnboardingEvent> timeline(long requestId) {
        return em.createNamedQuery("OnboardingEvent.findByRequest", OnboardingEvent.class)
                .setParameter("id", requestId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    private static String where(RequestFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("r.mergedInto is null"));
        if (filter.stage() != null) {
            conditions.add("r.stage = :stage");
        }
        if (filter.commune() != null) {
            conditions.add("lower(r.commune) = :commune");
        }
        if (filter.overdueOnly()) {
            conditions.add("r.nextActionDue < :today and r.stage not in "
                    + "(be.miresem.rebond.onboarding.OnboardingStage.ACTIVE_PARTNER, "
                    + "be.miresem.rebond.onboarding.OnboardingStage.DROPPED)");
        }
        if (filter.text() != null) {
            conditions.add("(lower(r.cpasName) like :text or lower(r.commune) like :text or lower(r.contactName) like :text"
                    + " or lower(r.email) like :text or lower(r.reference) like :text or lower(r.message) like :text)");
        }
        return " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> parameters(RequestFilter filter, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        if (filter.stage() != null) {
            parameters.put("stage", filter.stage());
        }
        if (filter.commune() != null) {
            parameters.put("commune", filter.commune().toLowerCase(Locale.ROOT));
        }
        if (filter.overdueOnly()) {
            parameters.put("today", today);
        }
        if (filter.text() != null) {
            parameters.put("text", "%" + filter.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return parameters;
    }
}
