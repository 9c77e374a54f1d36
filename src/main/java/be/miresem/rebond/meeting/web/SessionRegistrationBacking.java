package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.meeting.SessionRegistration;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Backs /seances/inscription?id=N: a CPAS registers for a session, without an account. */
@Named
@ViewScoped
public class SessionRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PresentationSessions sessions;

    private Long id;
    private PresentationSession session;

    @NotBlank
    @Size(max = 120)
    private String cpasName;

    @NotBlank
    @Size(max = 120)
    private String contactName;

    @NotBlank
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
    @Size(max = 254)
    private String email;

    @NotNull
    @Min(value = 1, message = "{rebond.participants.range}")
    @Max(value = PresentationSessions.MAX_PARTICIPANTS, message = "{rebond.participants.range}")
    private Integer participants = 1;

    public void load() {
        if (session == null) {
            session = sessions.upcoming(id == null ? -1 : id);
        }
    }

    public String register() {
        SessionRegistration.Status status = sessions.register(id, cpasName, contactName, email, participants);
        return "/seances/merci?faces-redirect=true&statut=" + status.name();
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
