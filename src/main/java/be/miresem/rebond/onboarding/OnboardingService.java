package be.miresem.rebond.onboarding;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The officer's onboarding pipeline of collaboration requests (their submission from the public form is
 * {@link RequestSubmissions}'s).
 * Every change by an officer is written to the request's timeline, which is also its audit trail.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class OnboardingService {


    @Inject
    private CollaborationRequestRepository repository;

    @Inject
    private PartnerService partners;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Timeline timeline;

    /** One page of the filtered list. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CollaborationRequest> list(RequestFilter filter, int first, int max) {
        currentUser.requireOfficer();
        return repository.search(filter, today(), first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(RequestFilter filter) {
        currentUser.requireOfficer();
        return repository.count(filter, today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<OnboardingStage, Long> countByStage() {
        currentUser.requireOfficer();
        return repository.countByStage();
    }

    /** How many open requests have a next action past its due date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOverdue() {
        currentUser.requireOfficer();
        return repository.count(new RequestFilter(null, null, true, null, null), today());
    }

    /** A request by id. Officers only; 404 when absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollaborationRequest get(long id) {
        currentUser.requireOfficer();
        return repository.findById(id).orElseThrow(() -> new NotFoundException("request " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OnboardingEvent> timeline(long id) {
        currentUser.requireOfficer();
        return repository.timeline(id);
    }

    /**
     * Moves a request to another stage (forwards or back). "Sans suite" needs a reason. Reaching
     * "Partenaire actif" creates or activates the CPAS in the partner data.
     *
     * @throws OnboardingException with a message key when the reason is missing or the request was changed meanwhile
     */
    public CollaborationRequest moveTo(long id, long expectedVersion, OnboardingStage stage, String reason) {
        CollaborationRequest request = editable(id, expectedVersion);
        if (stage == OnboardingStage.DROPPED && (reason == null || reason.isBlank())) {
            throw new OnboardingException("onboarding.stage.reasonRequired");
        }
        if (stage == request.getStage()) {
            return request;
        }
        OnboardingStage from = request.getStage();
        request.moveTo(stage, today(), ClockProducer.ZONE);
        request.setDroppedReason(stage == OnboardingStage.DROPPED ? reason.strip() : null);
        log(request, officer(), OnboardingEvent.Type.STAGE_CHANGED, stage == OnboardingStage.DROPPED
                ? StoredText.of("onboarding.timeline.stageDropped", StoredText.label("OnboardingStage." + from),
                        StoredText.label("OnboardingStage." + stage), reason.strip())
                : StoredText.of("onboarding.timeline.stage", StoredText.label("OnboardingStage." + from),
                        StoredText.label("OnboardingStage." + stage)));
        if (!stage.isOpen() && request.getNextAction() != null) {
            // A request that is done keeps no next action: it would stay "en retard" on the home page forever.
            log(request, officer(), OnboardingEvent.Type.NEXT_ACTION,
                    StoredText.of("onboarding.timeline.nextActionClosed", request.getNextAction()));
            request.setNextAction(null);
            request.setNextActionDue(null);
        }
        if (stage == OnboardingStage.ACTIVE_PARTNER) {
            Cpas cpas = partners.activatePartner(request.getDuplicateOfCpas(), request.getCpasName(),
                    request.getCommune(), request.getEnterpriseNumber());
            request.setCpasId(cpas.getId());
            log(request, officer(), OnboardingEvent.Type.PARTNER_CREATED,
                    StoredText.of("onboarding.timeline.partner", cpas.getName()));
        }
        return flushed(request);
    }

    /** Sets (or clears) the next action and its due date. */
    public CollaborationRequest planNextAction(long id, long expectedVersion, String action, LocalDate due) {
        CollaborationRequest request = editable(id, expectedVersion);
        request.setNextAction(action);
        request.setNextActionDue(action == null || action.isBlank() ? null : due);
        log(request, officer(), OnboardingEvent.Type.NEXT_ACTION, request.getNextAction() == null
                ? StoredText.of("onboarding.timeline.nextActionCleared")
                : due == null ? StoredText.of("onboarding.timeline.nextActionUndated", request.getNextAction())
                : StoredText.of("onboarding.timeline.nextAction", request.getNextAction(), StoredText.day(due)));
        return flushed(request);
    }

    /**
     * Records that the request's CPAS is invited to a presentation session: the timeline says which, and a
     * request still at "Nouvelle" or "Contactée" moves to "Présentation planifiée". Officers only.
     */
    public void presentationPlanned(long id, String session, Instant start, boolean waitlisted) {
        currentUser.requireOfficer();
        CollaborationRequest request = get(id);
        log(request, officer(), OnboardingEvent.Type.SESSION, StoredText.of(waitlisted
                ? "onboarding.timeline.sessionWaitlisted" : "onboarding.timeline.session", session, StoredText.at(start)));
        OnboardingStage from = request.getStage();
        if (from == OnboardingStage.NEW || from == OnboardingStage.CONTACTED) {
            request.setStage(OnboardingStage.PRESENTATION_PLANNED);
            log(request, officer(), OnboardingEvent.Type.STAGE_CHANGED, StoredText.of("onboarding.timeline.stage",
                    StoredText.label("OnboardingStage." + from), StoredText.label("OnboardingStage." + request.getStage())));
        }
    }

    /** Adds the notes of a meeting the request's CPAS attended to its timeline. Officers only. */
    public void meetingNote(long id, String meeting, String note) {
        currentUser.requireOfficer();
        log(get(id), officer(), OnboardingEvent.Type.MEETING_NOTE,
                StoredText.of("onboarding.timeline.meetingNote", meeting, note.strip()));
    }

    /** Adds a free note to the timeline. */
    public void addNote(long id, String note) {
        currentUser.requireOfficer();
        CollaborationRequest request = get(id);
        if (note == null || note.isBlank()) {
            throw new OnboardingException("onboarding.note.required");
        }
        log(request, officer(), OnboardingEvent.Type.NOTE, note.strip());
    }

    /**
     * Merges a request flagged as duplicate into the existing one: its timeline moves there, a line
     * records the merge, and it disappears from the lists (its reference still leads to the survivor).
     */
    public CollaborationRequest merge(long duplicateId, long expectedVersion) {
        CollaborationRequest duplicate = editable(duplicateId, expectedVersion);
        Long targetId = duplicate.getDuplicateOfRequest();
        if (targetId == null) {
            throw new OnboardingException("onboarding.merge.noTarget");
        }
        CollaborationRequest target = get(targetId);
        for (OnboardingEvent event : repository.timeline(duplicateId)) {
            event.moveTo(target.getId());
        }
        duplicate.setMergedInto(target.getId());
        log(target, officer(), OnboardingEvent.Type.MERGED, StoredText.of("onboarding.timeline.merged",
                duplicate.getReference(), duplicate.getContactName(), duplicate.getEmail(),
                duplicate.getMessage() == null ? "" : duplicate.getMessage()));
        repository.flush();
        return target;
    }

    private CollaborationRequest editable(long id, long expectedVersion) {
        CollaborationRequest request = get(id);
        if (request.getVersion() != expectedVersion) {
            throw new OnboardingException("onboarding.conflict");
        }
        if (request.getMergedInto() != null) {
            throw new OnboardingException("onboarding.merged");
        }
        return request;
    }

    private CollaborationRequest flushed(CollaborationRequest request) {
        try {
            repository.flush();
        } catch (OptimisticLockException e) {
            throw new OnboardingException("onboarding.conflict");
        }
        return request;
    }

    private void log(CollaborationRequest request, String author, OnboardingEvent.Type type, String text) {
        timeline.add(request, author, type, text);
    }

    private String officer() {
        return currentUser.getEmail();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

}
