package be.miresem.rebond.notification;

/** How a person receives a kind of notification. Labels: {@code Delivery.X}. */
public enum Delivery {
    /** An e-mail at once (no personal data: a line and a link). */
    IMMEDIATE,
    /** One e-mail a day listing what came, only on days when something did. */
    DIGEST,
    /** In the portal's notification centre only. */
    PORTAL
}
