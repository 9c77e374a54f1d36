package be.miresem.rebond.onboarding;

/** The stages of a collaboration request. Labels: {@code OnboardingStage.X}. */
public enum OnboardingStage {
    /** Nouvelle */
    NEW,
    /** Contactée */
    CONTACTED,
    /** Présentation planifiée */
    PRESENTATION_PLANNED,
    /** Convention en préparation */
    AGREEMENT_IN_PREPARATION,
    /** Partenaire actif */
    ACTIVE_PARTNER,
    /** Sans suite (a reason is required) */
    DROPPED;

    public boolean isOpen() {
        return this != ACTIVE_PARTNER && this != DROPPED;
    }
}
