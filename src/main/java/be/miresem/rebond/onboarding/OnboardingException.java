package be.miresem.rebond.onboarding;

import be.miresem.rebond.shared.Refusal;

/** A refused onboarding action; the message is a bundle key shown to the officer. */
public class OnboardingException extends Refusal {

    private static final long serialVersionUID = 1L;

    public OnboardingException(String messageKey) {
        super(null, messageKey);
    }

}
