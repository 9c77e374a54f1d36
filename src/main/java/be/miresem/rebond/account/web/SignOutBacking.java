package be.miresem.rebond.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The "Se déconnecter" button of the signed-in area: ends the authentication and the session. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    private FacesContext facesContext;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/connexion?sortie=1");
    }
}
