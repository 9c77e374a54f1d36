package be.miresem.rebond.survey.web;

import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.Redirect;
import be.miresem.rebond.survey.SurveyAnswer;
import be.miresem.rebond.survey.SurveyQuestion;
import be.miresem.rebond.survey.Surveys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs /enquete?t= (an employer's or a CPAS's survey, no account) and /espace/enquete?t= (an agent's pulse, signed
 * in): the questions, the answers given so far, the save (a refused answer is said next to its question, what was
 * chosen stays), the opt-out; and /enquete?arret= (the e-mail's opt-out link, confirmed by a button). A changed,
 * expired or unknown link shows a French explanation.
 */
@Named
@RequestScoped
public class SurveyBacking {

    @Inject
    private Surveys surveys;

    private Surveys.Opened opened;
    private boolean invalid;
    private boolean stopped;
    private Boolean stopValid;

    /** The link's token, from the address (also on the form's post, which keeps the address). */
    public String getToken() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("t");
    }

    /** A beneficiary's survey on their case ({@code ?enquete=N}, signed in), or null for a link's. */
    public Long getOnCase() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("enquete");
        return asked != null && asked.matches("\\d{1,18}") ? Long.valueOf(asked) : null;
    }

    /** The e-mail's opt-out link ({@code ?arret=}), or null. */
    public String getStopToken() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("arret");
    }

    /** Whether the page is the opt-out link's confirmation rather than a survey. */
    public boolean isStopping() {
        return getStopToken() != null;
    }

    public boolean isStopValid() {
        if (stopValid == null) {
            stopValid = surveys.canStop(getStopToken());
        }
        return stopValid;
    }

    public String confirmStop() {
        try {
            surveys.stop(getStopToken());
        } catch (NotFoundException e) {
            return null;
        }
        stopped = true;
        return null;
    }

    public Surveys.Opened getOpened() {
        if (isStopping()) {
            return null;
        }
        if (opened == null && !invalid) {
            try {
                opened = getOnCase() != null ? surveys.openOnCase(getOnCase()) : surveys.open(getToken());
            } catch (NotFoundException | AccessDeniedException e) {
                invalid = true;
            }
        }
        return opened;
    }

    public boolean isInvalid() {
        getOpened();
        return invalid;
    }

    /** What a question shows as chosen or typed: what was just sent when it was refused, else the stored answer. */
    public String value(SurveyQuestion question) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String sent = form.get("q" + question.getId());
        if (sent != null) {
            return sent;
        }
        SurveyAnswer answer = getOpened() == null ? null : getOpened().answers().get(question.getId());
        if (answer == null) {
            return null;
        }
        return answer.getText() != null ? answer.getText() : String.valueOf(answer.getScore());
    }

    /** The values of a question's choices: 1 to 5, yes (1) and no (0), or each option's number. */
    public List<String> values(SurveyQuestion question) {
        return switch (question.getKind()) {
            case SCALE -> List.of("1", "2", "3", "4", "5");
            case YES_NO -> List.of("1", "0");
            case CHOICE -> java.util.stream.IntStream.rangeClosed(1, question.getOptions().size()).mapToObj(String::valueOf)
                    .toList();
            case TEXT -> List.of();
        };
    }

    /** A choice's label: the scale's number (with the ends' labels), Oui / Non, or the option's text. */
    public String label(SurveyQuestion question, String value) {
        return switch (question.getKind()) {
            case SCALE -> value.equals("1") && question.getLowLabel() != null ? "1 – " + question.getLowLabel()
                    : value.equals("5") && question.getHighLabel() != null ? "5 – " + question.getHighLabel() : value;
            case YES_NO -> Messages.text(value.equals("1") ? "common.yes" : "common.no");
            case CHOICE -> question.getOptions().get(Integer.parseInt(value) - 1);
            case TEXT -> value;
        };
    }

    public String save() {
        if (getOpened() == null) {
            return null;
        }
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Map<Long, String> given = new LinkedHashMap<>();
        for (SurveyQuestion question : opened.invitation().getQuestionnaire().getQuestions()) {
            given.put(question.getId(), form.get("q" + question.getId()));
        }
        try {
            if (getOnCase() != null) {
                surveys.answerOnCase(getOnCase(), given);
            } else {
                surveys.answer(getToken(), given);
            }
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        if (getOnCase() != null) {
            Messages.flashInfo("enquete.savedOnCase");
            return Redirect.to("/espace/dossiers/dossier?id=" + opened.invitation().getCaseFileId() + "#enquetes");
        }
        Messages.flashInfo("enquete.saved", DateFormats.longDateTime(opened.invitation().getExpiresAt()));
        return Redirect.to(FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "")
                .replace("/index", "/") + "?t=" + getToken());
    }

    public String optOut() {
        if (getOpened() == null) {
            return null;
        }
        surveys.optOut(getToken());
        stopped = true;
        return null;
    }

    public boolean isStopped() {
        return stopped;
    }
}
