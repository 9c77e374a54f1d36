package be.miresem.rebond.survey.web;

import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.Redirect;
import be.miresem.rebond.survey.QuestionKind;
import be.miresem.rebond.survey.Questionnaire;
import be.miresem.rebond.survey.Questionnaires;
import be.miresem.rebond.survey.SurveyQuestion;
import be.miresem.rebond.survey.Trigger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Backs /espace/satisfaction/questionnaire?code= (officers): a questionnaire's sending (delays, days open, reminder,
 * pause: form "sending") and its wording — title, introduction and up to eight questions, one row each (fields
 * {@code qN-kind}, {@code qN-text}, {@code qN-low}, {@code qN-high}, {@code qN-choices}), saved as its next revision.
 * Also the new questionnaire form of /espace/satisfaction/ ({@code newTitle}, {@code newTrigger}). A refused form
 * shows what was typed.
 */
@Named
@RequestScoped
public class QuestionnaireBacking {

    @Inject
    private Questionnaires questionnaires;

    private Questionnaire questionnaire;

    private Map<String, String> form() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    public String getCode() {
        String code = form().get("code");
        return code != null && code.matches("[A-Z0-9_]{1,30}") ? code : null;
    }

    public Questionnaire getQuestionnaire() {
        if (questionnaire == null) {
            questionnaire = questionnaires.current(getCode());
        }
        return questionnaire;
    }

    public List<Questionnaire> getAll() {
        return questionnaires.current();
    }

    /** The slots of the form: 1 to 8. */
    public List<Integer> getSlots() {
        return IntStream.rangeClosed(1, Questionnaire.MAX_QUESTIONS).boxed().toList();
    }

    public List<QuestionKind> getKinds() {
        return List.of(QuestionKind.values());
    }

    /** A field of a slot as posted, else from the current revision ("kind", "text", "low", "high", "choices"). */
    public String value(int slot, String part) {
        String posted = form().get("q" + slot + "-" + part);
        if (posted != null) {
            return posted;
        }
        if (form().containsKey("questionnaireTitle")) {
            return ""; // a posted form: an empty slot stays empty
        }
        List<SurveyQuestion> questions = getQuestionnaire().getQuestions();
        if (slot > questions.size()) {
            return "";
        }
        SurveyQuestion q = questions.get(slot - 1);
        return switch (part) {
            case "kind" -> q.getKind().name();
            case "text" -> q.getText();
            case "low" -> q.getLowLabel() == null ? "" : q.getLowLabel();
            case "high" -> q.getHighLabel() == null ? "" : q.getHighLabel();
            case "choices" -> String.join(" | ", q.getOptions());
            default -> "";
        };
    }

    public String getTitle() {
        return form().getOrDefault("questionnaireTitle", getQuestionnaire().getTitle());
    }

    public String getIntro() {
        return form().getOrDefault("questionnaireIntro", getQuestionnaire().getIntro());
    }

    public List<Trigger> getTriggers() {
        return List.of(Trigger.values());
    }

    /** Whom and when, in French: "à l’employeur, dès l’embauche et 3 mois après l’embauche". */
    public String describe(Questionnaire q) {
        List<Integer> delays = q.getDelays();
        String when = switch (q.getTrigger()) {
            case QUARTER -> "";
            case HIRE -> frenchList(delays.stream().map(m -> m == 0 ? Messages.text("questionnaire.when.hireNow")
                    : Messages.text("questionnaire.when.hireLater", m)).toList());
            case SESSION -> frenchList(delays.stream().map(d -> Messages.text("questionnaire.when.session", d)).toList());
            case CONTRACT_END -> Messages.text("questionnaire.when.contractEnd",
                    frenchList(delays.stream().map(String::valueOf).toList()));
        };
        return Messages.text("questionnaire.audience." + q.getTrigger().name(), when);
    }

    /** "a", "a et b", "a, b et c". */
    static String frenchList(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " et " + parts.get(parts.size() - 1);
    }

    /** A sending field as posted, else as set ("delays", "openDays", "remindDays", "paused": "1" or "0"). */
    public String sending(String field) {
        if (form().containsKey("sendingSave")) {
            return form().getOrDefault(field, "");
        }
        Questionnaire q = getQuestionnaire();
        return switch (field) {
            case "delays" -> String.join(", ", q.getDelays().stream().map(String::valueOf).toList());
            case "openDays" -> String.valueOf(q.getOpenDays());
            case "remindDays" -> String.valueOf(q.getRemindDays());
            case "paused" -> q.isPaused() ? "1" : "0";
            default -> "";
        };
    }

    public String saveSending() {
        try {
            questionnaires.schedule(getCode(), form().get("delays"), number(form().get("openDays")),
                    number(form().get("remindDays")), "1".equals(form().get("paused")));
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("1".equals(form().get("paused")) ? "questionnaire.sending.paused" : "questionnaire.sending.saved");
        return Redirect.to("/espace/satisfaction/questionnaire?code=" + getCode());
    }

    private static Integer number(String typed) {
        return typed != null && typed.strip().matches("\\d{1,4}") ? Integer.valueOf(typed.strip()) : null;
    }

    public String create() {
        Trigger trigger = getTriggers().stream().filter(t -> t.name().equals(form().get("newTrigger"))).findFirst()
                .orElse(null);
        Questionnaire created;
        try {
            created = questionnaires.create(trigger, form().get("newTitle"));
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("questionnaire.created");
        return Redirect.to("/espace/satisfaction/questionnaire?code=" + created.getCode());
    }

    public String save() {
        List<Questionnaires.Draft> drafts = new ArrayList<>();
        for (int slot : getSlots()) {
            QuestionKind kind = null;
            for (QuestionKind k : QuestionKind.values()) {
                if (k.name().equals(form().get("q" + slot + "-kind"))) {
                    kind = k;
                }
            }
            drafts.add(new Questionnaires.Draft(kind, form().get("q" + slot + "-text"), form().get("q" + slot + "-low"),
                    form().get("q" + slot + "-high"), form().get("q" + slot + "-choices")));
        }
        try {
            questionnaires.revise(getCode(), form().get("questionnaireTitle"), form().get("questionnaireIntro"), drafts);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("questionnaire.saved");
        return Redirect.to("/espace/satisfaction/questionnaire?code=" + getCode());
    }
}
