package be.miresem.rebond.shared.security;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Secret keys for signing links, kept in the database (table signing_key) so that every node and every
 * restart use the same key. A key is created on first use; if two nodes create it at once, the primary key
 * keeps one and both read it back. Infrastructure: it holds its own {@code EntityManager} for its one table.
 */
@ApplicationScoped
public class SigningKeys {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private SigningKeys self;

    private volatile byte[] links;

    /** The key that signs e-mailed meeting links. */
    public byte[] links() {
        byte[] key = links;
        if (key == null) {
            try {
                key = self.loadOrCreate("links");
            } catch (RuntimeException raced) {
                // Another node inserted the key between our read and our insert: read theirs.
                key = self.loadOrCreate("links");
            }
            links = key;
        }
        return key;
    }

    /** Reads the named key, creating it if there is none yet (in a transaction of its own). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] loadOrCreate(String name) {
        List<?> found = em.createNativeQuery("SELECT key_value FROM signing_key WHERE name = ?1")
                .setParameter(1, name).getResultList();
        if (!found.isEmpty()) {
            return Base64.getDecoder().decode((String) found.get(0));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        em.createNativeQuery("INSERT INTO signing_key (name, key_value) VALUES (?1, ?2)")
                .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(key)).executeUpdate();
        return key;
    }
}
