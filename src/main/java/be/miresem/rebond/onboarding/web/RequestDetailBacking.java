package be.miresem.rebond.onboarding.web;

import be.miresem.rebond.onboarding.CollaborationRequest;
import be.miresem.rebond.onboarding.OnboardingEvent;
import be.miresem.rebond.onboarding.OnboardingException;
import be.miresem.rebond.onboarding.OnboardingService;
import be.miresem.rebond.onboarding.OnboardingStage;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Backs /espace/onboarding/demande?id=N: a request, its timeline and the officer's actions on it. */
@Named
@ViewScoped
public class RequestDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OnboardingService onboarding;

    private Long id;
    /** The version the officer saw when the page was opened: a save against an older one is a conflict. */
    private long version;
    private CollaborationRequest request;
    private OnboardingStage newStage;
    @Size(max = CollaborationRequest.REASON_MAX)
    private String reason;
    @Size(max = CollaborationRequest.NEXT_ACTION_MAX)
    private String nextAction;
    private LocalDate nextActionDue;
    @Size(max = OnboardingEvent.TEXT_MAX)
    private String note;
    /** Set once this view's note is stored: a replayed post of the same form adds nothing. */
    private boolean noteAdded;

    public void load() {
        if (request == null) {
            request = onboarding.get(id == null ? -1 : id);
            version = request.getVersion();
            newStage = request.getStage();
            nextAction = request.getNextAction();
            nextActionDue = request.getNextActionDue();
        }
    }

    public String moveStage() {
        return act(() -> onboarding.moveTo(id, version, newStage, reason), "onboarding.saved.stage");
    }

    public String planNextAction() {
        return act(() -> onboarding.planNextAction(id, version, nextAction, nextActionDue), "onboarding.saved.nextAction");
    }

    public String addNote() {
        if (noteAdded) {
            return "/espace/onboarding/demande?faces-redirect=true&id=" + id;
        }
        String next = act(() -> {
            onboarding.addNote(id, note);
            return null;
        }, "onboarding.saved.note");
        noteAdded = next != null;
        return next;
    }

    public String merge() {
        try {
            CollaborationRequest target = onboarding.merge(id, version);
            Messages.flashInfo("onboarding.saved.merged");
            return "/espace/onboarding/demande?faces-redirect=true&id=" + target.getId();
        } catch (OnboardingException e) {
            Messages.error(null, e.key());
            return null;
        }
    }

    private String act(Supplier<CollaborationRequest> action, String doneKey) {
        try {
            action.get();
        } catch (OnboardingException e) {
            Messages.error(null, e.key());
            return null;
        }
        Messages.flashInfo(doneKey);
        return "/espace/onboarding/demande?faces-redirect=true&id=" + id;
    }

    public List<OnboardingEvent> getTimeline() {
        return onboarding.timeline(id);
    }

    public OnboardingStage[] getStages() {
        return OnboardingStage.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CollaborationRequest getRequest() {
        return request;
    }

    public OnboardingStage getNewStage() {
        return newStage;
    }

    public void setNewStage(OnboardingStage newStage) {
        this.newStage = newStage;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNextAction() {
        return nextAction;
    }

    public void setNextAction(String nextAction) {
        this.nextAction = nextAction;
    }

    public LocalDate getNextActionDue() {
        return nextActionDue;
    }

    public void setNextActionDue(LocalDate nextActionDue) {
        this.nextActionDue = nextActionDue;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
