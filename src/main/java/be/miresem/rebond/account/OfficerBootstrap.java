package be.miresem.rebond.account;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.DatabaseMigrated;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes sure the portal can be administered: when no officer account exists, one is created from
 * REBOND_OFFICER_EMAIL / REBOND_OFFICER_PASSWORD (a password that meets the policy), or with the demo password
 * in demo mode (asked for explicitly). Otherwise no password exists at all: the log shows a one-time set-up
 * link, an invitation to the officer account, renewed at each start until it is used.
 */
@ApplicationScoped
public class OfficerBootstrap {

    private static final Logger LOG = Logger.getLogger(OfficerBootstrap.class.getName());

    static final String DEFAULT_EMAIL = "chargee.mission@rebond.test";
    static final String DEFAULT_NAME = "Chargée de mission Rebond";

    @Inject
    private AccountService accounts;

    @Inject
    private Invitations invitations;

    void onMigrated(@Observes @Priority(100) DatabaseMigrated event) {
        if (accounts.hasActiveOfficer()) {
            return;
        }
        String email = Settings.OFFICER_EMAIL.value().orElse(DEFAULT_EMAIL);
        String password = Settings.OFFICER_PASSWORD.value()
                .orElseGet(() -> Settings.DEMO.isOn() ? Settings.DEMO_PASSWORD.get() : null);
        if (password != null) {
            Optional<String> broken = PasswordPolicy.check(password, email);
            if (broken.isEmpty()) {
                accounts.createOfficer(email, DEFAULT_NAME, password.toCharArray());
                // The address is not logged (personal data): it is REBOND_OFFICER_EMAIL, or the default in the README.
                LOG.info("First officer account created (REBOND_OFFICER_EMAIL or the default address)");
                return;
            }
            LOG.severe("REBOND_OFFICER_PASSWORD does not meet the password policy (" + broken.get()
                    + ": at least " + PasswordPolicy.MIN_LENGTH + " characters, not the e-mail address, not a common"
                    + " password); no officer account was created with it");
        }
        // No password in clear anywhere: a single-use link, valid like an invitation. A new start gives a new link.
        String link = invitations.firstOfficerSetUpLink(email, DEFAULT_NAME, PageLinks.publicAddress());
        LOG.warning("No officer account yet. Open this one-time link to choose the officer's password "
                + "(REBOND_OFFICER_EMAIL or the default address; valid " + Settings.INVITATION_MINUTES.get()
                + " minutes, replaced at the next start): " + link);
    }
}
