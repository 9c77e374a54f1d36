package be.miresem.rebond.account.web;

import be.miresem.rebond.account.PasswordResets;
import be.miresem.rebond.account.UserAccount;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

/** Backs /mot-de-passe-oublie: sends a reset link, and answers the same whether the account exists or not. */
@Named
@RequestScoped
public class ForgottenPasswordBacking {

    @Inject
    private PasswordResets resets;

    @Inject
    private PageLinks links;

    @Size(max = UserAccount.EMAIL_MAX)
    private String email;

    public String send() {
        if (email == null || email.isBlank() || email.length() > 254) {
            Messages.error("email", "forgotten.email.required");
            return null;
        }
        resets.request(email, links.baseUrl());
        Messages.flashInfo("forgotten.sent", Settings.RESET_MINUTES.asInt());
        return "/mot-de-passe-oublie?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
