package be.miresem.rebond.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.ActiveAccountFilter;
import be.miresem.rebond.account.LoginThrottle;
import be.miresem.rebond.shared.web.ClientAddress;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Backs /connexion: hands the credentials to Jakarta Security and reports a failure without saying why. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AccountService accounts;

    private String email;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address = ClientAddress.of(request);
        Optional<LoginThrottle.Refusal> refusal = throttle.refused(email, address);
        if (refusal.isPresent()) {
            password = null;
            long seconds = Math.max(1, (refusal.get().remaining().toMillis() + 999) / 1000);
            String wait = seconds < 60 ? Messages.text("common.seconds", seconds) : Messages.text("common.minutes", (seconds + 59) / 60);
            Messages.error(null, refusal.get().address() ? "connexion.throttled" : "connexion.slowed", wait);
            return;
        }
        // A new session id at sign-in: an id planted or seen before sign-in is worthless afterwards.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(email, password)));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> {
                throttle.succeeded(email, address);
                accounts.findActive(email).ifPresent(account -> ActiveAccountFilter.signedIn(request, account));
                external.redirect(external.getRequestContextPath() + "/espace/");
            }
            default -> {
                throttle.failed(email, address);
                password = null;
                Messages.error(null, "connexion.erreur");
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
