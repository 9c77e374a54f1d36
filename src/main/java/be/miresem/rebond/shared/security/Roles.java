package be.miresem.rebond.shared.security;

/** The portal's roles, as used in web.xml, the identity store and the services. */
public final class Roles {

    /** Miresem mission officer (chargé·e de mission): sees and manages everything. */
    public static final String OFFICER = "OFFICER";
    /** Insertion agent of a partner CPAS: sees only its own CPAS's data. */
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }
}
