package be.miresem.rebond.onboarding;

/** A refused onboarding action; the message is a bundle key shown to the officer. */
public class OnboardingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OnboardingException(String messageKey) {
        super(messageKey);
    }

    public String key() {
        return getMessage();
    }
}
