package be.miresem.rebond.onboarding.web;

import be.miresem.rebond.onboarding.OnboardingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The onboarding part of the officer's home page (/espace/): how many next actions are overdue. */
@Named
@RequestScoped
public class OfficerHomeBacking {

    @Inject
    private OnboardingService onboarding;

    private Long overdue;

    public long getOverdue() {
        if (overdue == null) {
            overdue = onboarding.countOverdue();
        }
        return overdue;
    }
}
