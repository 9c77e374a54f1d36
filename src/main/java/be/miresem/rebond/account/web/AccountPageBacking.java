package be.miresem.rebond.account.web;

import be.miresem.rebond.account.AccountException;
import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.ActiveAccountFilter;
import be.miresem.rebond.account.UserAccount;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs /espace/compte/: the signed-in user's own page: their name, their password (the current one asked, the
 * policy applied, other sessions ended), and their private calendar feed. The feed's address is shown once, right
 * after it is created; regenerating it cuts off the old address.
 */
@Named
@RequestScoped
public class AccountPageBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageLinks links;

    private String feedUrl;
    private String fullName;
    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String saveName() {
        try {
            accounts.rename(fullName);
        } catch (AccountException e) {
            Messages.error("fullName", e.key());
            return null;
        }
        Messages.flashInfo("compte.name.saved");
        return "/espace/compte/index?faces-redirect=true";
    }

    public String changePassword() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.error("confirmation", "password.mismatch");
            return null;
        }
        UserAccount account;
        try {
            account = accounts.changePassword(currentPassword == null ? null : currentPassword.toCharArray(), newPassword);
        } catch (AccountException e) {
            Messages.error(e.key().equals("compte.password.wrong") ? "currentPassword" : "newPassword", e.key());
            return null;
        }
        // This session continues with the new password; every other one ends at its next request.
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        request.changeSessionId();
        ActiveAccountFilter.signedIn(request, account);
        Messages.flashInfo("compte.password.saved");
        return "/espace/compte/index?faces-redirect=true";
    }

    public String getFullName() {
        return fullName == null ? currentUser.getFullName() : fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCurrentPassword() {
        return null;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return null;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String renewFeed() {
        String token = accounts.renewFeedToken(currentUser.getEmail());
        feedUrl = links.baseUrl() + "/agenda/" + token + ".ics";
        Messages.info("compte.feed.created");
        return null;
    }

    public String revokeFeed() {
        accounts.revokeFeedToken(currentUser.getEmail());
        Messages.flashInfo("compte.feed.revoked");
        return "/espace/compte/index?faces-redirect=true";
    }

    public boolean isFeedEnabled() {
        return feedUrl != null || currentUser.account().map(a -> a.isFeedEnabled()).orElse(false);
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
