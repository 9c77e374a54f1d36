package be.miresem.rebond.account;

import be.miresem.rebond.shared.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the portal's own Faces page {@code /connexion}: a protected page redirects there,
 * and after sign-in the user is taken back to the page asked for.
 */
@ApplicationScoped
@DeclareRoles({Roles.OFFICER, Roles.PARTNER})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/connexion", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {
}
