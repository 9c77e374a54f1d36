package be.miresem.rebond.onboarding.web;

import be.miresem.rebond.onboarding.CollaborationRequest;
import be.miresem.rebond.onboarding.RequestSubmissions;
import be.miresem.rebond.shared.security.SubmissionGuard;
import be.miresem.rebond.shared.web.ClientAddress;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Backs /collaborer, the public collaboration request form. The view keeps a submission token, so a
 * double click or a repeated post of the same form stores one request; success redirects to the
 * confirmation page (Post/Redirect/Get).
 */
@Named
@ViewScoped
public class RequestFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestSubmissions submissions;

    @Inject
    private SubmissionGuard guard;

    @Inject
    private Clock clock;

    private final CollaborationRequest form = new CollaborationRequest();
    /** Sent back by the form (hidden field), so a repeated post of the same form finds its request. */
    private String submissionToken = UUID.randomUUID().toString();
    private Instant shownAt;
    private boolean consent;
    private String website;

    /** Opened from "Demander une séance": the message asks for a presentation session (the visitor may change it). */
    public void setSessionWanted(String wanted) {
        if (wanted != null && !wanted.isBlank() && (form.getMessage() == null || form.getMessage().isBlank())) {
            form.setMessage(Messages.text("collaborer.form.message.session"));
        }
    }

    public String getSessionWanted() {
        return null;
    }

    public CollaborationRequest getForm() {
        if (shownAt == null) {
            shownAt = clock.instant();
        }
        return form;
    }

    public String send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String address = ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
        Instant now = clock.instant();
        String reference = submissions.referenceOf(submissionToken).orElse(null);
        if (reference == null) {
            SubmissionGuard.Refusal refusal = guard.check(SubmissionGuard.Form.COLLABORATION_REQUEST, address, website, shownAt, now);
            if (refusal != null) {
                // A person refused by the time check can simply send again: the form was shown long enough by then.
                Messages.error(null, "collaborer.refused." + refusal.name());
                return null;
            }
            reference = submit();
            guard.accepted(SubmissionGuard.Form.COLLABORATION_REQUEST, address, now);
        }
        return "/collaborer/merci?faces-redirect=true&ref=" + reference;
    }

    /**
     * Stores the request (a rollback for contention is tried again by the service's {@code RetriedOnContention}).
     * Two clicks sent at once carry the same token: the one that loses the race finds the other's request.
     */
    private String submit() {
        try {
            return submissions.submit(form, submissionToken);
        } catch (RuntimeException failure) {
            return submissions.referenceOf(submissionToken).orElseThrow(() -> failure);
        }
    }

    /** The consent box must be ticked (a plain "required" accepts an unticked box). */
    public void validateConsent(FacesContext context, UIComponent component, Object value) {
        if (!Boolean.TRUE.equals(value)) {
            String text = Messages.text("collaborer.form.consent.required");
            throw new ValidatorException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String token) {
        try {
            submissionToken = UUID.fromString(token).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            // not one of ours: keep the token this view generated
        }
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
