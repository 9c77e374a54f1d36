package be.miresem.rebond.conversation.web;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.conversation.Conversations;
import be.miresem.rebond.conversation.Message;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.Redirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the "Échanges" of a case (a section of /espace/dossiers/dossier) and of a partnership (/espace/echanges/):
 * the thread, a new message, and the author's change or withdrawal within the quarter of an hour. What was typed
 * stays in the field when it is refused.
 */
@Named
@RequestScoped
public class ConversationBacking {

    @Inject
    private Conversations conversations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private be.miresem.rebond.partner.PartnerService partners;

    private Long cpas;
    private String body;
    private final Map<Long, String> edits = new HashMap<>();
    private Conversations.Thread thread;
    private List<Conversations.Partnership> partnerships;

    public Conversations.Thread caseThread(long caseId) {
        if (thread == null) {
            thread = prefill(conversations.caseThread(caseId));
        }
        return thread;
    }

    /** The partnership shown: the agent's own CPAS, or for the officer the one asked for (null: her list). */
    public Long getShownCpas() {
        if (!currentUser.isOfficer()) {
            return currentUser.getCpas() == null ? null : currentUser.getCpas().getId();
        }
        if (cpas == null) {
            // On a post the view parameter reaches the bean only after the form is decoded: read the address's.
            String asked = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("cpas");
            if (asked != null && asked.matches("\\d{1,18}")) {
                cpas = Long.valueOf(asked);
            }
        }
        return cpas;
    }

    /** The name of the CPAS whose partnership is shown. */
    public String getShownCpasName() {
        Long shown = getShownCpas();
        return shown == null ? null : partners.find(shown).map(be.miresem.rebond.partner.Cpas::getName).orElse(null);
    }

    public Conversations.Thread getPartnershipThread() {
        if (thread == null && getShownCpas() != null) {
            thread = prefill(conversations.partnershipThread(getShownCpas()));
        }
        return thread;
    }

    public List<Conversations.Partnership> getPartnerships() {
        if (partnerships == null) {
            partnerships = conversations.partnerships();
        }
        return partnerships;
    }

    public String sendOnCase(long caseId) {
        try {
            conversations.postOnCase(caseId, body);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("echanges.sent");
        return Redirect.to("/espace/dossiers/dossier?id=" + caseId + "#echanges");
    }

    public String sendOnPartnership() {
        long shown = getShownCpas();
        try {
            conversations.postOnPartnership(shown, body);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("echanges.sent");
        return "/espace/echanges/index?faces-redirect=true" + (currentUser.isOfficer() ? "&cpas=" + shown : "");
    }

    /** Saves the author's change of a message, then shows the thread again. */
    public String edit(long messageId, String back) {
        try {
            conversations.edit(messageId, edits.get(messageId));
        } catch (Refusal refusal) {
            Messages.refused(new Refusal(null, refusal.key(), refusal.arguments()));
            return null;
        }
        Messages.flashInfo("echanges.edited");
        return back;
    }

    public String withdraw(long messageId, String back) {
        try {
            conversations.withdraw(messageId);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("echanges.withdrawn");
        return back;
    }

    /** The author's own recent messages start their change form with their text (unless a refused change is shown). */
    private Conversations.Thread prefill(Conversations.Thread loaded) {
        for (Message message : loaded.messages()) {
            if (changeable(message)) {
                edits.putIfAbsent(message.getId(), message.getBody());
            }
        }
        return loaded;
    }

    /** Whether the signed-in person may still change this message (their own, within the quarter of an hour). */
    public boolean changeable(Message message) {
        return message.changeableBy(currentUser.getEmail(), clock.instant());
    }

    public Long getCpas() {
        return cpas;
    }

    public void setCpas(Long cpas) {
        this.cpas = cpas;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** The changed texts by message id, bound to each message's own form. */
    public Map<Long, String> getEdits() {
        return edits;
    }
}
