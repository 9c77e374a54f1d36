package be.miresem.rebond.survey.web;

import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.Redirect;
import be.miresem.rebond.survey.QuestionKind;
import be.miresem.rebond.survey.Questionnaire;
import be.miresem.rebond.survey.Questionnaires;
import be.miresem.rebond.survey.SurveyQuestion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Backs /espace/satisfaction/questionnaire?code= (officers): a questionnaire's title, introduction and up to eight
 * questions, one row each (fields {@code qN-kind}, {@code qN-text}, {@code qN-low}, {@code qN-high},
 * {@code qN-choices}); saving makes its next revision. A refused form shows what was typed.
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
        return code != null && code.matches("[A-Z_]{1,30}") ? code : null;
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
