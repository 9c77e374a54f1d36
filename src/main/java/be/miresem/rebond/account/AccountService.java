package be.miresem.rebond.account;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Accounts: creation with a hashed password, and password verification at sign-in. */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class AccountService {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

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

    UserAccount store(UserAccount account, char[] password) {
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
        // A direct update, outside the entity's version check: two sign-ins of one account at the same moment
        // (two tabs, two devices) both succeed instead of one failing with an optimistic-lock error.
        accounts.recordSignIn(account.get().getId(), clock.instant());
        return account;
    }

    /** The active account of this e-mail, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> findActive(String email) {
        return accounts.findByEmail(email).filter(UserAccount::isActive);
    }

    /**
     * Who hears about a case of a CPAS: the agent who referred it while their account is active, else every active
     * agent of that CPAS.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> agentsToTell(long cpasId, String referrer) {
        List<UserAccount> agents = accounts.findAll().stream().filter(a -> a.isActive() && !a.isOfficer()
                && a.getCpas() != null && a.getCpas().getId() == cpasId).toList();
        return agents.stream().filter(a -> a.getEmail().equals(referrer)).findFirst()
                .map(a -> List.of(a.getEmail())).orElseGet(() -> agents.stream().map(UserAccount::getEmail).toList());
    }

    /**
     * The signed-in person changes the name the portal shows for them.
     *
     * @throws AccountException "compte.name.required" or "compte.name.tooLong"
     */
    public UserAccount rename(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty()) {
            throw new AccountException("compte.name.required");
        }
        if (name.length() > UserAccount.NAME_MAX) {
            throw new AccountException("compte.name.tooLong");
        }
        UserAccount account = mine();
        account.setFullName(name);
        audit.record("account.rename", "UserAccount#" + account.getId(), null);
        return account;
    }

    /**
     * The signed-in person changes their password: the current one is checked, the policy applied. Every other
     * session opened with the old password ends at its next request ({@link ActiveAccountFilter}); the caller
     * gives this session the new stamp.
     *
     * @throws AccountException "compte.password.wrong", or the policy's key
     */
    public UserAccount changePassword(char[] current, String password) {
        UserAccount account = mine();
        if (current == null || !hasher.verify(current, account.getPasswordHash())) {
            throw new AccountException("compte.password.wrong");
        }
        PasswordPolicy.check(password, account.getEmail()).ifPresent(key -> {
            throw new AccountException(key);
        });
        account.setPasswordHash(hasher.hash(password.toCharArray()));
        audit.record("account.password", "UserAccount#" + account.getId(), null);
        return account;
    }

    private UserAccount mine() {
        String email = currentUser.getEmail();
        if (email == null) {
            throw new be.miresem.rebond.shared.security.AccessDeniedException("signed-in users only");
        }
        return accounts.findByEmail(email).orElseThrow(() -> new NotFoundException("account " + email));
    }

    /** The name of a person with an account, or their address when the portal knows no name for it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String nameOf(String email) {
        return email == null ? null : accounts.findByEmail(email).map(UserAccount::getFullName).orElse(email);
    }

    /** The e-mail addresses of every active officer (for notifications). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> activeOfficerEmails() {
        return accounts.findAll().stream().filter(a -> a.isActive() && a.isOfficer()).map(UserAccount::getEmail)
                .toList();
    }

    /**
     * Creates (or replaces) the signed-in user's private calendar feed token and returns it: the only time
     * it is shown, since only its hash is stored. The previous address stops working at once.
     */
    public String renewFeedToken(String email) {
        UserAccount account = findActive(email).orElseThrow(() -> new AccountException("comptes.notFound"));
        String token = Tokens.random();
        account.setFeedTokenHash(Tokens.hash(token));
        audit.record("account.feed.renew", "UserAccount#" + account.getId(), null);
        return token;
    }

    /** Turns the signed-in user's calendar feed off. */
    public void revokeFeedToken(String email) {
        findActive(email).ifPresent(account -> {
            account.setFeedTokenHash(null);
            audit.record("account.feed.revoke", "UserAccount#" + account.getId(), null);
        });
    }

    /** The active account a feed token belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> findByFeedToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.findByFeedTokenHash(Tokens.hash(token)).filter(UserAccount::isActive);
    }

    /** An active insertion agent and their CPAS (the quarterly survey of the agents). */
    public record Agent(long accountId, String email, String fullName, Long cpasId, String cpasName) {
    }

    /** Every active insertion agent, with their CPAS. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agent> activeAgents() {
        return accounts.findAll().stream().filter(a -> a.isActive() && !a.isOfficer() && a.getCpas() != null)
                .map(a -> new Agent(a.getId(), a.getEmail(), a.getFullName(), a.getCpas().getId(), a.getCpas().getName())).toList();
    }

    /**
     * Who hears of what the signed-in person did about a CPAS (a message, a document): its active agents when an
     * officer did it, the active officers when an agent did.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> otherSide(long cpasId) {
        return currentUser.isOfficer() ? agentsToTell(cpasId, null) : activeOfficerEmails();
    }

    /** The e-mail addresses of a CPAS's active partner accounts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> activePartnerEmails(Cpas cpas) {
        return accounts.findAll().stream().filter(a -> a.isActive() && !a.isOfficer() && cpas.equals(a.getCpas()))
                .map(UserAccount::getEmail).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasActiveOfficer() {
        return accounts.countActive(Role.OFFICER) > 0;
    }

    // ---- account management (officers; invitations are Invitations')

    /** Every account, with its CPAS. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> listAccounts() {
        currentUser.requireOfficer();
        return accounts.findAllWithCpas();
    }


    /**
     * Deactivates an account: it can no longer sign in, and an open session stops at its next request.
     * The last active officer cannot be deactivated. Officers only.
     */
    public void deactivate(long accountId) {
        currentUser.requireOfficer();
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("account"));
        if (account.isOfficer() && account.isActive() && accounts.countActive(Role.OFFICER) <= 1) {
            throw new AccountException("comptes.lastOfficer");
        }
        if (account.getEmail().equalsIgnoreCase(currentUser.getEmail())) {
            throw new AccountException("comptes.self");
        }
        account.setActive(false);
        audit.record("account.deactivate", "UserAccount#" + accountId, account.getEmail());
    }

    public void reactivate(long accountId) {
        currentUser.requireOfficer();
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("account"));
        account.setActive(true);
        audit.record("account.reactivate", "UserAccount#" + accountId, account.getEmail());
    }
}
