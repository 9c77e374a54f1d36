package be.miresem.rebond.account;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
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

    /** Records a sign-in time without touching the account's version (concurrent sign-ins must not conflict). */
    public void recordSignIn(long accountId, Instant at) {
        em.createNativeQuery("UPDATE user_account SET last_sign_in_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(at)).setParameter(2, accountId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(UserAccount.class, accountId);
    }

    public Optional<UserAccount> findByFeedTokenHash(String hash) {
        return em.createNamedQuery("UserAccount.findByFeedTokenHash", UserAccount.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public long countActive(Role role) {
        return em.createNamedQuery("UserAccount.countActiveByRole", Long.class).setParameter("role", role)
                .getSingleResult();
    }

    public List<UserAccount> findAll() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public Optional<Invitation> findInvitation(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    public Optional<Invitation> findInvitationByTokenHash(String hash) {
        return em.createNamedQuery("Invitation.findByTokenHash", Invitation.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public List<Invitation> findPendingInvitations() {
        return em.createNamedQuery("Invitation.findPending", Invitation.class).getResultList();
    }

    public List<UserAccount> findAllWithCpas() {
        return em.createQuery("select u from UserAccount u left join fetch u.cpas order by u.role, u.fullName",
                UserAccount.class).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
