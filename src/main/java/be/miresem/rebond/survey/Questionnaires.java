package be.miresem.rebond.survey;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.security.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The officer writes the questionnaires: each save of a questionnaire makes its next revision (the previous one is
 * retired, and the invitations made with it keep its questions, so answers always keep what they answered). Its
 * party and trigger stay those of its code. Officers only.
 */
@ApplicationScoped
@Transactional
public class Questionnaires {

    /** One question as the form gives it. */
    public record Draft(QuestionKind kind, String text, String lowLabel, String highLabel, String choices) {
    }

    @Inject
    private SurveyRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Questionnaire> current() {
        currentUser.requireOfficer();
        return repository.currentQuestionnaires();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Questionnaire current(String code) {
        currentUser.requireOfficer();
        return repository.current(code).orElseThrow(() -> new NotFoundException("questionnaire " + code));
    }

    /**
     * Saves the questionnaire's new wording as its next revision. Refused (field "qN-…" or the title's) when a title
     * is missing or too long, when there is no question or more than {@link Questionnaire#MAX_QUESTIONS}, or when a
     * choice question has fewer than two options.
     */
    public Questionnaire revise(String code, String title, String intro, List<Draft> drafts) {
        currentUser.requireOfficer();
        Questionnaire current = current(code);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 150) {
            throw new Refusal("questionnaireTitle", cleanTitle.isEmpty() ? "questionnaire.title.required"
                    : "questionnaire.title.tooLong");
        }
        String cleanIntro = intro == null ? "" : intro.strip();
        if (cleanIntro.length() > 1000) {
            throw new Refusal("questionnaireIntro", "questionnaire.intro.tooLong");
        }
        List<Draft> questions = drafts.stream().filter(d -> d.text() != null && !d.text().isBlank()).toList();
        if (questions.isEmpty()) {
            throw new Refusal("q1-text", "questionnaire.questions.none");
        }
        if (questions.size() > Questionnaire.MAX_QUESTIONS) {
            throw new Refusal(null, "questionnaire.questions.tooMany", Questionnaire.MAX_QUESTIONS);
        }
        Questionnaire next = new Questionnaire(code, current.getRevision() + 1, current.getParty(), cleanTitle, cleanIntro);
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (draft.text() == null || draft.text().isBlank()) {
                continue;
            }
            String field = "q" + (i + 1);
            if (draft.kind() == null) {
                throw new Refusal(field + "-kind", "questionnaire.kind.required");
            }
            if (draft.text().strip().length() > 300) {
                throw new Refusal(field + "-text", "questionnaire.text.tooLong");
            }
            String choices = null;
            if (draft.kind() == QuestionKind.CHOICE) {
                List<String> options = draft.choices() == null ? List.of()
                        : java.util.Arrays.stream(draft.choices().split("\\|")).map(String::strip)
                                .filter(o -> !o.isEmpty()).toList();
                if (options.size() < 2 || String.join("|", options).length() > 500) {
                    throw new Refusal(field + "-choices", "questionnaire.choices.required");
                }
                choices = String.join("|", options);
            }
            String low = draft.kind() == QuestionKind.SCALE ? limit(draft.lowLabel()) : null;
            String high = draft.kind() == QuestionKind.SCALE ? limit(draft.highLabel()) : null;
            next.ask(draft.kind(), draft.text().strip(), low, high, choices);
        }
        current.retire();
        repository.add(next);
        audit.record("questionnaire.revise", "Questionnaire#" + current.getId(), cleanTitle);
        return next;
    }

    private static String limit(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String clean = label.strip();
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }
}
