package be.miresem.rebond.onboarding;

import be.miresem.rebond.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;

/**
 * A request's timeline, which is also its audit trail: each line written in the caller's transaction, with the
 * same line in the portal's audit trail.
 */
@ApplicationScoped
public class Timeline {

    @Inject
    private CollaborationRequestRepository repository;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    void add(CollaborationRequest request, String author, OnboardingEvent.Type type, String text) {
        repository.persist(new OnboardingEvent(request.getId(), clock.instant(), author, type, text));
        audit.record("onboarding." + type.name().toLowerCase(Locale.ROOT), "CollaborationRequest#" + request.getId(),
                text);
    }
}
