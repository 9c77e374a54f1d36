package be.miresem.rebond.meeting;

/** Where a booking stands. Labels: {@code BookingStatus.X}. */
public enum BookingStatus {
    /** Waiting for the officer's confirmation ("à confirmer" mode). */
    REQUESTED,
    CONFIRMED,
    CANCELLED,
    /** The meeting took place without the CPAS (recorded by the officer after its start). */
    NO_SHOW
}
