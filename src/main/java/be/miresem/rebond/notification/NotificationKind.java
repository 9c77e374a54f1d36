package be.miresem.rebond.notification;

import java.util.Arrays;
import java.util.List;

/**
 * What a notification is about, the unit of each person's delivery choice on "Mon compte". Labels:
 * {@code NotificationKind.X} (and {@code .hint}); immediate e-mails: {@code mail.news.X}.
 */
public enum NotificationKind {
    /** A new message or document on a case of one's CPAS or on the partnership. */
    MESSAGE(Delivery.IMMEDIATE, true, true),
    /** A case referred, a proposal's status changed, a hire. */
    CASE(Delivery.IMMEDIATE, true, true),
    /** A task added to a case, or due today. */
    TASK(Delivery.DIGEST, true, true),
    /** A meeting booked, moved or cancelled (the calendar e-mail goes anyway). */
    MEETING(Delivery.PORTAL, true, true),
    /** A collaboration request or a registration to a presentation session: the officer's. */
    REGISTRATION(Delivery.IMMEDIATE, true, false),
    /** An announcement of the Miresem: the agents'. */
    ANNOUNCEMENT(Delivery.IMMEDIATE, false, true);

    private final Delivery byDefault;
    private final boolean forOfficer;
    private final boolean forAgent;

    NotificationKind(Delivery byDefault, boolean forOfficer, boolean forAgent) {
        this.byDefault = byDefault;
        this.forOfficer = forOfficer;
        this.forAgent = forAgent;
    }

    /** How it is delivered to someone who has not chosen. */
    public Delivery byDefault() {
        return byDefault;
    }

    /** The kinds an officer or an agent receives, in the order of the choices on "Mon compte". */
    public static List<NotificationKind> receivedBy(boolean officer) {
        return Arrays.stream(values()).filter(k -> officer ? k.forOfficer : k.forAgent).toList();
    }
}
