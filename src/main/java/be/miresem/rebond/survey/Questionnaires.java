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
 * The officer writes the questionnaires: each save of a questionnaire's wording makes its next revision (the previous
 * one is retired, and the invitations made with it keep its questions, so answers always keep what they answered).
 * The officer also creates questionnaires — a trigger, and so an audience, chosen once — and sets how each is sent:
 * the delays after the event, how long it stays open, the reminder, a pause. Officers only.
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
        Questionnaire next = current.nextRevision(cleanTitle, cleanIntro);
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
        audit.record("questionnaire.revise", "Questionnaire#" + code, cleanTitle);
        return next;
    }

    /**
     * A new questionnaire for a trigger (and so its audience), paused and without questions until the officer writes
     * them and starts the sending. Its delays start as {@link Trigger#defaultDelays}.
     */
    public Questionnaire create(Trigger trigger, String title) {
        currentUser.requireOfficer();
        if (trigger == null) {
            throw new Refusal("newTrigger", "questionnaire.trigger.required");
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 150) {
            throw new Refusal("newTitle", cleanTitle.isEmpty() ? "questionnaire.title.required"
                    : "questionnaire.title.tooLong");
        }
        int next = 1 + repository.codes().stream().filter(c -> c.matches("Q\\d{1,9}"))
                .mapToInt(c -> Integer.parseInt(c.substring(1))).max().orElse(0);
        Questionnaire created = new Questionnaire("Q" + next, 1, trigger, trigger.defaultDelays(), cleanTitle, "");
        created.schedule(trigger.defaultDelays(), created.getOpenDays(), created.getRemindDays(), true);
        repository.add(created);
        audit.record("questionnaire.create", "Questionnaire#" + created.getCode(), cleanTitle);
        return created;
    }

    /**
     * Sets how a questionnaire is sent, on its current revision (no new version: the questions do not change).
     * {@code delays} is the text typed ("3, 6"): whole numbers in the trigger's unit, at most
     * {@link Questionnaire#MAX_DELAYS}; the survey stays open 1 to {@link Questionnaire#MAX_OPEN_DAYS} days; the
     * reminder (0: none) comes before it closes. Each refusal names its field. Starting a questionnaire without
     * questions is refused.
     */
    public void schedule(String code, String delays, Integer openDays, Integer remindDays, boolean paused) {
        currentUser.requireOfficer();
        Questionnaire current = current(code);
        List<Integer> parsed = List.of();
        if (current.getTrigger().hasDelays()) {
            String typed = delays == null ? "" : delays.strip();
            if (!typed.matches("\\d{1,3}(\\s*[,;]\\s*\\d{1,3}|\\s+et\\s+\\d{1,3})*")) {
                throw new Refusal("delays", "questionnaire.delays.invalid");
            }
            parsed = java.util.Arrays.stream(typed.split("\\s*[,;]\\s*|\\s+et\\s+")).map(Integer::valueOf).distinct()
                    .sorted().toList();
            if (parsed.size() > Questionnaire.MAX_DELAYS) {
                throw new Refusal("delays", "questionnaire.delays.tooMany", Questionnaire.MAX_DELAYS);
            }
            if (parsed.get(parsed.size() - 1) > current.getTrigger().maxDelay()) {
                throw new Refusal("delays", current.getTrigger().isMonthly() ? "questionnaire.delays.tooLongMonths"
                        : "questionnaire.delays.tooLongDays", current.getTrigger().maxDelay());
            }
            if (current.getTrigger() == Trigger.CONTRACT_END && parsed.get(0) == 0) {
                throw new Refusal("delays", "questionnaire.delays.afterEnd");
            }
        }
        if (openDays == null || openDays < 1 || openDays > Questionnaire.MAX_OPEN_DAYS) {
            throw new Refusal("openDays", "questionnaire.openDays.invalid", Questionnaire.MAX_OPEN_DAYS);
        }
        if (remindDays == null || remindDays < 0 || remindDays >= openDays) {
            throw new Refusal("remindDays", "questionnaire.remindDays.invalid", openDays);
        }
        if (!paused && current.getQuestions().isEmpty()) {
            throw new Refusal("paused", "questionnaire.paused.noQuestions");
        }
        current.schedule(parsed, openDays, remindDays, paused);
        audit.record(paused ? "questionnaire.pause" : "questionnaire.schedule", "Questionnaire#" + code,
                current.getTitle());
    }

    private static String limit(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String clean = label.strip();
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }
}
