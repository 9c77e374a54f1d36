package be.miresem.rebond.account;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries on user accounts. */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", UserAccount.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public long countActive(Role role) {
        return em.createNamedQuery("UserAccount.countActiveByRole", Long.class).setParameter("role", role)
                .getSingleResult();
    }

    public List<UserAccount> findAll() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    public void persist(UserAccount account) {
        em.persist(account);
    }
}
