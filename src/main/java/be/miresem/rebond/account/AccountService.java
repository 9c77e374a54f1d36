package be.miresem.rebond.account;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
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
    private PartnerService partners;

    @Inject
    private Mailer mailer;

    @Inject
    private AuditTrail audit;

    /** How long an invitation link works by default (REBOND_INVITATION_MINUTES changes it). */
    public static final int INVITATION_DAYS = 7;

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

    // ---- invitations and account management (officers) ----

    /**
     * Invites a person to create an account: an officer, or an insertion agent of one CPAS. E-mails a
     * one-time link (token stored only as a hash) valid {@value #INVITATION_DAYS} days. Officers only.
     *
     * @param baseUrl the portal's public address, for the link
     */
    public Invitation invite(String email, String fullName, Role role, Long cpasId, String baseUrl) {
        currentUser.requireOfficer();
        if (email == null || !email.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new AccountException("comptes.invite.emailInvalid");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new AccountException("comptes.invite.nameRequired");
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new AccountException("comptes.invite.exists");
        }
        Cpas cpas = null;
        if (role == Role.PARTNER) {
            cpas = cpasId == null ? null : partners.find(cpasId).orElse(null);
            if (cpas == null) {
                throw new AccountException("comptes.invite.cpasRequired");
            }
        }
        Invitation invitation = new Invitation(email, fullName, role, cpas, currentUser.getEmail());
        sendInvitation(invitation, baseUrl);
        accounts.persist(invitation);
        audit.record("account.invite", "Invitation", invitation.getEmail() + " (" + role
                + (cpas == null ? "" : ", " + cpas.getName()) + ")");
        return invitation;
    }

    /** Sends a new link for a pending invitation; the previous link stops working. Officers only. */
    public void resend(long invitationId, String baseUrl) {
        currentUser.requireOfficer();
        Invitation invitation = accounts.findInvitation(invitationId)
                .orElseThrow(() -> new NotFoundException("invitation"));
        if (invitation.getUsedAt() != null) {
            throw new AccountException("comptes.invite.used");
        }
        sendInvitation(invitation, baseUrl);
        audit.record("account.invite.resend", "Invitation#" + invitationId, invitation.getEmail());
    }

    private void sendInvitation(Invitation invitation, String baseUrl) {
        String token = Tokens.random();
        invitation.renew(Tokens.hash(token), clock.instant().plus(
                Duration.ofMinutes(Settings.INVITATION_MINUTES.asInt())));
        String link = baseUrl + "/invitation?jeton=" + token;
        mailer.send(invitation.getEmail(), MailText.of("mail.invitation").bodyWith(invitation.getFullName(), link,
                INVITATION_DAYS, invitation.getCpas() == null ? "Miresem" : invitation.getCpas().getName()));
    }

    /** Who "invited" the first officer: the installation itself (shown in the list of pending invitations). */
    static final String INSTALLATION = "installation";

    /**
     * The first officer's one-time set-up link, for a portal with no officer: an invitation to an officer
     * account for this address, like any other (single use, valid REBOND_INVITATION_MINUTES). Each call gives a
     * new link and the previous one stops working. Nothing is e-mailed: the start-up log shows the link.
     */
    String firstOfficerSetUpLink(String email, String fullName, String baseUrl) {
        String address = UserAccount.normaliseEmail(email);
        Invitation invitation = accounts.findPendingInvitations().stream()
                .filter(i -> i.getRole() == Role.OFFICER && i.getEmail().equals(address)).findFirst()
                .orElseGet(() -> new Invitation(address, fullName, Role.OFFICER, null, INSTALLATION));
        String token = Tokens.random();
        invitation.renew(Tokens.hash(token), clock.instant().plus(
                Duration.ofMinutes(Settings.INVITATION_MINUTES.asInt())));
        if (invitation.getId() == null) {
            accounts.persist(invitation);
        }
        return baseUrl + "/invitation?jeton=" + token;
    }

    /** The invitation behind a link, if it can still be used. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Invitation> usableInvitation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return accounts.findInvitationByTokenHash(Tokens.hash(token)).filter(i -> i.isUsable(clock.instant()));
    }

    /**
     * Creates the account of an invitation with the chosen password (policy checked), and uses the link
     * up: it never works again. Returns the new account's e-mail, for signing in.
     */
    public String acceptInvitation(String token, String password) {
        Invitation invitation = usableInvitation(token).orElseThrow(() -> new AccountException("invitation.invalid"));
        PasswordPolicy.check(password, invitation.getEmail()).ifPresent(key -> {
            throw new AccountException(key);
        });
        if (accounts.findByEmail(invitation.getEmail()).isPresent()) {
            throw new AccountException("comptes.invite.exists");
        }
        UserAccount account = invitation.getRole() == Role.OFFICER
                ? UserAccount.officer(invitation.getEmail(), invitation.getFullName())
                : UserAccount.partner(invitation.getEmail(), invitation.getFullName(), invitation.getCpas());
        store(account, password.toCharArray());
        invitation.used(clock.instant());
        audit.record("account.create", "UserAccount", account.getEmail() + " (" + account.getRole() + ")");
        return account.getEmail();
    }

    /** Every account, with its CPAS. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> listAccounts() {
        currentUser.requireOfficer();
        return accounts.findAllWithCpas();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> pendingInvitations() {
        currentUser.requireOfficer();
        return accounts.findPendingInvitations();
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
