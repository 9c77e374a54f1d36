package be.miresem.rebond.account.web;

import be.miresem.rebond.account.AccountException;
import be.miresem.rebond.account.PasswordResets;
import be.miresem.rebond.account.UserAccount;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs /mot-de-passe?jeton=…: opening the link changes nothing (mail scanners follow links); the form sets the
 * new password and uses the link up, then the person signs in with it.
 */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordResets resets;

    private String token;
    private String email;
    private String password;
    private String confirmation;

    public void load() {
        if (email == null) {
            email = resets.usable(token).map(UserAccount::getEmail).orElse(null);
        }
    }

    public String save() {
        if (password == null || !password.equals(confirmation)) {
            Messages.error("confirmation", "password.mismatch");
            return null;
        }
        try {
            resets.reset(token, password);
        } catch (AccountException e) {
            Messages.error("password", e.key());
            return null;
        }
        Messages.flashInfo("reset.done");
        return "/connexion?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
