package be.miresem.rebond.casefile;

/** Work sectors, for contracts, employers' needs and matching. Labels: {@code Sector.X}. */
public enum Sector {
    CLEANING, CATERING, CONSTRUCTION, GREEN_SPACES, CARE, LOGISTICS, ADMINISTRATION, RETAIL, MAINTENANCE, OTHER
}
