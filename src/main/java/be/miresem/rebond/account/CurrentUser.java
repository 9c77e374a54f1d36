package be.miresem.rebond.account;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.security.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is signed in for this request, read once from the database: pages show it
 * ({@code #{currentUser.fullName}}), services ask it which CPAS the caller may see.
 */
@Named
@RequestScoped
public class CurrentUser {

    // The request rather than SecurityContext: it also answers during error-page dispatches.
    @Inject
    private HttpServletRequest request;

    /** The repository, not AccountService: the services ask this class who calls them. */
    @Inject
    private UserAccountRepository accounts;

    private Optional<UserAccount> account;

    /** The signed-in, still active account; empty for anonymous visitors and deactivated users. */
    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = request.getUserPrincipal();
            account = principal == null ? Optional.empty()
                    : accounts.findByEmail(principal.getName()).filter(UserAccount::isActive);
        }
        return account;
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public boolean isOfficer() {
        return account().map(UserAccount::isOfficer).orElse(false);
    }

    public String getFullName() {
        return account().map(UserAccount::getFullName).orElse("");
    }

    public String getEmail() {
        return account().map(UserAccount::getEmail).orElse("");
    }

    /** The CPAS of a partner user; null for officers and anonymous visitors. */
    public Cpas getCpas() {
        return account().map(UserAccount::getCpas).orElse(null);
    }

    /** Throws unless the caller is an active officer. */
    public void requireOfficer() {
        if (!isOfficer()) {
            throw new AccessDeniedException("Officer role required");
        }
    }
}
