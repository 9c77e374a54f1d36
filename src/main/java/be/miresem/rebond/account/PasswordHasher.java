package be.miresem.rebond.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashing with the container's own implementation, at an explicit strength
 * (the container's default of 2048 iterations is far too low).
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /**
     * Verified against when the e-mail is unknown, so that a wrong e-mail costs as long as a wrong
     * password. A constant (same algorithm, iterations and sizes as {@link #PARAMETERS}) rather than
     * a hash computed at start-up, which would only slow the start.
     */
    private static final String DECOY_HASH = "PBKDF2WithHmacSHA256:210000:"
            + "bpPB1OkeWFf4Y8FpV4XZeoK+Al/doQpfgEglOGA2rKE=:0S8Ad08cXJekcDx0OlYpSfMZVH9gCSD+/uw3m2XyBJA=";

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return hash != null && pbkdf2.verify(password, hash);
    }

    /** Spends the same time as a real verification, and always fails. */
    public boolean verifyDecoy(char[] password) {
        pbkdf2.verify(password, DECOY_HASH);
        return false;
    }
}
