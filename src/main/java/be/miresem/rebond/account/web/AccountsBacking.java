package be.miresem.rebond.account.web;

import be.miresem.rebond.account.AccountException;
import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.Invitation;
import be.miresem.rebond.account.Invitations;
import be.miresem.rebond.account.Role;
import be.miresem.rebond.account.UserAccount;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Backs /espace/comptes/: every user, pending invitations, invite / resend / deactivate / reactivate. Officers only. */
@Named
@RequestScoped
public class AccountsBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private Invitations invitations;

    @Inject
    private PartnerService partners;

    @Inject
    private PageLinks links;

    @Size(max = UserAccount.NAME_MAX)
    private String fullName;
    @Size(max = UserAccount.EMAIL_MAX)
    private String email;
    private Role role = Role.PARTNER;
    private Long cpasId;

    public String invite() {
        return act(() -> invitations.invite(email, fullName, role, cpasId, links.baseUrl()), "comptes.invited");
    }

    public String resend(long invitationId) {
        return act(() -> invitations.resend(invitationId, links.baseUrl()), "comptes.resent");
    }

    public String deactivate(long accountId) {
        return act(() -> accounts.deactivate(accountId), "comptes.deactivated");
    }

    public String reactivate(long accountId) {
        return act(() -> accounts.reactivate(accountId), "comptes.reactivated");
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (AccountException e) {
            Messages.error(null, e.key());
            return null;
        }
        Messages.flashInfo(doneKey);
        return "/espace/comptes/index?faces-redirect=true";
    }

    public List<UserAccount> getAccounts() {
        return accounts.listAccounts();
    }

    public List<Invitation> getInvitations() {
        return invitations.pendingInvitations();
    }

    public List<Cpas> getCpasList() {
        return partners.listAll();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getCpasId() {
        return cpasId;
    }

    public void setCpasId(Long cpasId) {
        this.cpasId = cpasId;
    }
}
