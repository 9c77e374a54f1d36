package be.miresem.rebond.partner;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries on CPAS and their people. No transactions, no rules: those belong to {@link PartnerService}. */
@ApplicationScoped
public class CpasRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public Optional<Cpas> findById(long id) {
        return Optional.ofNullable(em.find(Cpas.class, id));
    }

    public List<Cpas> findAll() {
        return em.createNamedQuery("Cpas.findAll", Cpas.class).getResultList();
    }

    public List<Cpas> findByStatus(CpasStatus status) {
        return em.createNamedQuery("Cpas.findByStatus", Cpas.class).setParameter("status", status).getResultList();
    }

    public Optional<Cpas> findByCommune(String commune) {
        return em.createNamedQuery("Cpas.findByCommune", Cpas.class).setParameter("commune", commune)
                .getResultStream().findFirst();
    }

    public Optional<Cpas> findByEnterpriseNumber(String digits) {
        return em.createNamedQuery("Cpas.findByEnterpriseNumber", Cpas.class).setParameter("number", digits)
                .getResultStream().findFirst();
    }

    public List<InsertionAgent> findAgents(Cpas cpas) {
        return em.createNamedQuery("InsertionAgent.findByCpas", InsertionAgent.class).setParameter("cpas", cpas)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(c) from Cpas c", Long.class).getSingleResult();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** Writes pending changes now, so that a new CPAS has its id. */
    public void flush() {
        em.flush();
    }
}
