package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.meeting.SessionRegistration;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.security.SubmissionGuard;
import be.miresem.rebond.shared.web.ClientAddress;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

/**
 * Backs /seances/inscription?id=N: a CPAS registers for a session, without an account. Guarded as the
 * collaboration request form is (honeypot, minimum time, per-address limit), with at most
 * REBOND_SESSION_MAX_PARTICIPANTS people per registration.
 */
@Named
@ViewScoped
public class SessionRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PresentationSessions sessions;

    @Inject
    private SubmissionGuard guard;

    @Inject
    private Clock clock;

    private Instant shownAt;
    private String website;

    private Long id;
    private PresentationSession session;

    @NotBlank
    @Size(max = SessionRegistration.NAME_MAX)
    private String cpasName;

    @NotBlank
    @Size(max = SessionRegistration.NAME_MAX)
    private String contactName;

    @NotBlank
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
    @Size(max = SessionRegistration.EMAIL_MAX)
    private String email;

    @NotNull
    @Min(value = 1, message = "{rebond.participants.range}")
    private Integer participants = 1;

    public void load() {
        if (session == null) {
            session = sessions.upcoming(id == null ? -1 : id);
            shownAt = clock.instant();
        }
    }

    public String register() {
        int most = Settings.SESSION_MAX_PARTICIPANTS.asInt();
        if (participants > most) {
            Messages.error("participants", "inscription.form.participants.max", most);
            return null;
        }
        String address = ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        Instant now = clock.instant();
        SubmissionGuard.Refusal refusal = guard.check(SubmissionGuard.Form.SESSION_REGISTRATION, address, website, shownAt, now);
        if (refusal != null) {
            Messages.error(null, "inscription.refused." + refusal.name());
            return null;
        }
        PresentationSessions.Registered registered = sessions.register(id, cpasName, contactName, email, participants);
        guard.accepted(SubmissionGuard.Form.SESSION_REGISTRATION, address, now);
        return "/seances/merci?faces-redirect=true&statut=" + registered.status().name()
                + (registered.updated() ? "&maj=true" : "");
    }

    public String getParticipantsHint() {
        return Messages.text("inscription.form.participants.hint", Settings.SESSION_MAX_PARTICIPANTS.asInt());
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public int getPlacesLeft() {
        return sessions.placesLeft(session);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PresentationSession getSession() {
        return session;
    }

    public String getCpasName() {
        return cpasName;
    }

    public void setCpasName(String cpasName) {
        this.cpasName = cpasName;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }
}
