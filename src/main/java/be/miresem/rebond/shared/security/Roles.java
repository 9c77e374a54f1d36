package be.miresem.rebond.shared.security;

import jakarta.security.enterprise.SecurityContext;

/** The portal's roles, as used in web.xml, the identity store and the services. */
public final class Roles {

    /** Miresem mission officer (chargé·e de mission): sees and manages everything. */
    public static final String OFFICER = "OFFICER";
    /** Insertion agent of a partner CPAS: sees only its own CPAS's data. */
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }

    /**
     * Refuses (403) a caller without the officer role, asking Jakarta Security directly: for the code below the
     * accounts (partner data, shared infrastructure), which cannot use {@code account.CurrentUser}.
     */
    public static void requireOfficer(SecurityContext security) {
        if (!security.isCallerInRole(OFFICER)) {
            throw new AccessDeniedException("Officer role required");
        }
    }
}
