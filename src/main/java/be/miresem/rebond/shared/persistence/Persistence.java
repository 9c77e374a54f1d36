package be.miresem.rebond.shared.persistence;

/** Names shared by the datasource, the persistence unit and the code that looks them up. */
public final class Persistence {

    /** JNDI name of the portal's only datasource (declared in WEB-INF/glassfish-resources.xml). */
    public static final String DATA_SOURCE = "java:app/jdbc/rebond";

    /** The one persistence unit shared by every feature. */
    public static final String UNIT = "rebond";

    private Persistence() {
    }
}
