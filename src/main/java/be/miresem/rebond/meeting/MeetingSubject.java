package be.miresem.rebond.meeting;

/** What a meeting with the officer is about. Labels: {@code MeetingSubject.X}. */
public enum MeetingSubject {
    /** Suivi de bénéficiaires */
    FOLLOW_UP,
    /** Bilan du partenariat */
    PARTNERSHIP_REVIEW,
    /** Offre d'emploi / besoin d'un employeur */
    JOB_NEED,
    /** Autre */
    OTHER
}
