package be.miresem.rebond.account;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Invitations: the one-time links by which an officer brings a new officer or insertion agent in (the token is
 * stored only as a hash), their acceptance with a chosen password, and the first officer's set-up link of a
 * portal that has none. The accounts themselves are {@link AccountService}'s.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class Invitations {

    /** How long an invitation link works by default (REBOND_INVITATION_MINUTES changes it). */
    public static final int INVITATION_DAYS = 7;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AccountService service;

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
        audit.record("account.invite", "Invitation", StoredText.of("audit.details.named", invitation.getFullName(),
                cpas == null ? StoredText.label("Role." + role) : cpas.getName()));
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
        service.store(account, password.toCharArray());
        invitation.used(clock.instant());
        audit.record("account.create", "UserAccount#" + account.getId(), StoredText.of("audit.details.named",
                account.getFullName(), StoredText.label("Role." + account.getRole())));
        return account.getEmail();
    }

    /** The invitations not used yet. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> pendingInvitations() {
        currentUser.requireOfficer();
        return accounts.findPendingInvitations();
    }
}
