package be.miresem.rebond.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import be.miresem.rebond.account.AccountException;
import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.ActiveAccountFilter;
import be.miresem.rebond.account.Invitation;
import be.miresem.rebond.account.Invitations;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;

/**
 * Backs /invitation?jeton=…: the invited person chooses a password; the account is created, the link
 * used up, and the person signed in and taken to their space.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private Invitations invitations;

    @Inject
    private SecurityContext securityContext;

    private String token;
    private Invitation invitation;
    private String password;
    private String confirmation;

    public void load() {
        if (invitation == null) {
            invitation = invitations.usableInvitation(token).orElse(null);
        }
    }

    public void create() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            Messages.error("confirmation", "password.mismatch");
            return;
        }
        String email;
        try {
            email = invitations.acceptInvitation(token, password);
        } catch (AccountException e) {
            Messages.error("password", e.key());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId();
        securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email, password)).newAuthentication(true));
        accounts.findActive(email).ifPresent(account -> ActiveAccountFilter.signedIn(request, account));
        external.redirect(external.getRequestContextPath() + "/espace/");
        faces.responseComplete();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Invitation getInvitation() {
        return invitation;
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
