package be.miresem.rebond.account;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.DatabaseMigrated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Makes sure the portal can be administered: when no officer account exists, one is created from
 * REBOND_OFFICER_EMAIL / REBOND_OFFICER_PASSWORD; without a password, demo mode uses the demo password
 * and production mode generates a random one and prints it once in the log.
 */
@ApplicationScoped
public class OfficerBootstrap {

    private static final Logger LOG = Logger.getLogger(OfficerBootstrap.class.getName());

    static final String DEFAULT_EMAIL = "chargee.mission@rebond.test";
    static final String DEFAULT_NAME = "Chargée de mission Rebond";

    @Inject
    private AccountService accounts;

    void onMigrated(@Observes @Priority(100) DatabaseMigrated event) {
        if (accounts.hasActiveOfficer()) {
            return;
        }
        String email = Settings.OFFICER_EMAIL.value().orElse(DEFAULT_EMAIL);
        String password = Settings.OFFICER_PASSWORD.value()
                .orElseGet(() -> Settings.DEMO.isOn() ? Settings.DEMO_PASSWORD.get() : null);
        boolean generated = password == null;
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        accounts.createOfficer(email, DEFAULT_NAME, password.toCharArray());
        if (generated) {
            // Printed once, on the start that creates the account; it is never stored in clear.
            // The address is not logged (personal data): it is REBOND_OFFICER_EMAIL, or the default in the README.
            LOG.warning("First officer account created (REBOND_OFFICER_EMAIL or the default address) with the generated "
                    + "password " + password + " (set REBOND_OFFICER_PASSWORD to choose it)");
        } else {
            LOG.info("First officer account created (REBOND_OFFICER_EMAIL or the default address)");
        }
    }
}
