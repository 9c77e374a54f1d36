package be.miresem.rebond.account;

import be.miresem.rebond.partner.Cpas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Accounts: creation with a hashed password, and password verification at sign-in. */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    /**
     * Creates an officer account with the given password (stored hashed). Used at first start and
     * by officers managing accounts.
     */
    public UserAccount createOfficer(String email, String fullName, char[] password) {
        return store(UserAccount.officer(email, fullName), password);
    }

    /** Creates the account of an insertion agent of one CPAS, with the given password (stored hashed). */
    public UserAccount createPartner(String email, String fullName, Cpas cpas, char[] password) {
        return store(UserAccount.partner(email, fullName, cpas), password);
    }

    private UserAccount store(UserAccount account, char[] password) {
        if (accounts.findByEmail(account.getEmail()).isPresent()) {
            throw new IllegalArgumentException("An account already exists for this e-mail");
        }
        account.setPasswordHash(hasher.hash(password));
        accounts.persist(account);
        return account;
    }

    /**
     * Checks an e-mail and password. Guarantees: the same outcome and about the same time whether the
     * e-mail is unknown, the account deactivated or the password wrong; records the sign-in time on success.
     */
    public Optional<UserAccount> verify(String email, char[] password) {
        Optional<UserAccount> account = accounts.findByEmail(email).filter(UserAccount::isActive);
        if (account.isEmpty()) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, account.get().getPasswordHash())) {
            return Optional.empty();
        }
        account.get().signedIn(clock.instant());
        return account;
    }

    /** The active account of this e-mail, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> findActive(String email) {
        return accounts.findByEmail(email).filter(UserAccount::isActive);
    }

    /** The e-mail addresses of every active officer (for notifications). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<String> activeOfficerEmails() {
        return accounts.findAll().stream().filter(a -> a.isActive() && a.isOfficer()).map(UserAccount::getEmail)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasActiveOfficer() {
        return accounts.countActive(Role.OFFICER) > 0;
    }
}
