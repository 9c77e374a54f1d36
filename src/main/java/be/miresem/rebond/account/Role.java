package be.miresem.rebond.account;

import be.miresem.rebond.shared.security.Roles;

/** A user's role; its name is the security role checked by web.xml and the services. */
public enum Role {
    /** Miresem mission officer. */
    OFFICER,
    /** Insertion agent of one partner CPAS. */
    PARTNER;

    static {
        if (!OFFICER.name().equals(Roles.OFFICER) || !PARTNER.name().equals(Roles.PARTNER)) {
            throw new ExceptionInInitializerError("Role names out of step with Roles");
        }
    }
}
