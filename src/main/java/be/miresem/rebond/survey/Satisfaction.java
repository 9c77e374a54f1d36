package be.miresem.rebond.survey;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results of the surveys: for the officer, per questionnaire and year, the response rate, the satisfaction
 * index with its sample size, each quarter's index, each question's distribution and the comments (attributed to
 * the organisation); for the public results page, each party's index of the year.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Satisfaction {

    @Inject
    private SurveyRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** One value of a question and how many gave it. */
    public record Count(String label, long count) {
    }

    /** A question and its answers: counts per value, or the comments (organisation, text). */
    public record QuestionResult(SurveyQuestion question, List<Count> counts, List<String[]> comments) {
    }

    /** A questionnaire's results over a year. */
    public record Result(Questionnaire questionnaire, SatisfactionFigures year, List<SatisfactionFigures> quarters,
            List<QuestionResult> questions) {
    }

    /** Every questionnaire's results for a year. Officers only. */
    public List<Result> results(int year) {
        return results(year, null);
    }

    /**
     * Every questionnaire's results for a year, for one CPAS when {@code cpasId} is given (its agents' pulses and its
     * beneficiaries' answers; the employers' and the sessions' are the region's only). Officers only.
     */
    public List<Result> results(int year, Long cpasId) {
        currentUser.requireOfficer();
        List<Result> results = new ArrayList<>();
        for (Questionnaire questionnaire : repository.currentQuestionnaires()) {
            List<SurveyInvitation> sent = repository.sentInvitations(questionnaire.getCode(), start(year, 1)).stream()
                    .filter(i -> i.getSentAt().isBefore(start(year + 1, 1)))
                    .filter(i -> cpasId == null || cpasId.equals(i.getCpasId())).toList();
            Set<Long> ids = new HashSet<>();
            sent.forEach(i -> ids.add(i.getId()));
            List<SurveyAnswer> answers = repository.answers(questionnaire.getCode(), start(year, 1)).stream()
                    .filter(a -> ids.contains(a.getInvitationId())).toList();
            Map<Long, SurveyQuestion> questions = new HashMap<>();
            sent.forEach(i -> i.getQuestionnaire().getQuestions().forEach(q -> questions.put(q.getId(), q)));
            List<SatisfactionFigures> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                Instant from = start(year, 3 * q - 2);
                Instant to = q == 4 ? start(year + 1, 1) : start(year, 3 * q + 1);
                quarters.add(figures(sent.stream().filter(i -> !i.getSentAt().isBefore(from) && i.getSentAt().isBefore(to))
                        .toList(), answers, questions));
            }
            results.add(new Result(questionnaire, figures(sent, answers, questions), quarters,
                    distribution(questionnaire, sent, answers, questions)));
        }
        return results;
    }

    /** A questionnaire's index of the year on a dashboard: the reader's CPAS (agents' pulse only) and the region. */
    public record DashboardRow(Questionnaire questionnaire, SatisfactionFigures own, SatisfactionFigures region) {
    }

    /**
     * The dashboards' satisfaction: every questionnaire's figures of the year for the whole region, and for an agent
     * their CPAS's own answers to the pulse beside it.
     */
    public List<DashboardRow> dashboard(int year) {
        Long cpasId = currentUser.isOfficer() || currentUser.getCpas() == null ? null : currentUser.getCpas().getId();
        if (!currentUser.isOfficer() && cpasId == null) {
            throw new AccessDeniedException("no CPAS");
        }
        List<DashboardRow> rows = new ArrayList<>();
        for (Questionnaire questionnaire : repository.currentQuestionnaires()) {
            List<SurveyInvitation> sent = repository.sentInvitations(questionnaire.getCode(), start(year, 1)).stream()
                    .filter(i -> i.getSentAt().isBefore(start(year + 1, 1))).toList();
            List<SurveyAnswer> answers = repository.answers(questionnaire.getCode(), start(year, 1));
            Map<Long, SurveyQuestion> questions = new HashMap<>();
            sent.forEach(i -> i.getQuestionnaire().getQuestions().forEach(q -> questions.put(q.getId(), q)));
            SatisfactionFigures own = cpasId == null || questionnaire.getParty() != Party.AGENT ? null
                    : figures(sent.stream().filter(i -> cpasId.equals(i.getCpasId())).toList(), answers, questions);
            rows.add(new DashboardRow(questionnaire, own, figures(sent, answers, questions)));
        }
        return rows;
    }

    /** Each party's figures of the year, for the public page (which suppresses small counts, reporting.Suppression). */
    public Map<Party, SatisfactionFigures> publicYear(int year) {
        Map<Party, SatisfactionFigures> byParty = new EnumMap<>(Party.class);
        Map<Party, List<SurveyInvitation>> sentByParty = new EnumMap<>(Party.class);
        Map<Party, List<SurveyAnswer>> answersByParty = new EnumMap<>(Party.class);
        Map<Long, SurveyQuestion> questions = new HashMap<>();
        for (Questionnaire questionnaire : repository.currentQuestionnaires()) {
            List<SurveyInvitation> sent = repository.sentInvitations(questionnaire.getCode(), start(year, 1)).stream()
                    .filter(i -> i.getSentAt().isBefore(start(year + 1, 1))).toList();
            sent.forEach(i -> i.getQuestionnaire().getQuestions().forEach(q -> questions.put(q.getId(), q)));
            sentByParty.computeIfAbsent(questionnaire.getParty(), p -> new ArrayList<>()).addAll(sent);
            answersByParty.computeIfAbsent(questionnaire.getParty(), p -> new ArrayList<>())
                    .addAll(repository.answers(questionnaire.getCode(), start(year, 1)));
        }
        sentByParty.forEach((party, sent) -> {
            SatisfactionFigures figures = figures(sent, answersByParty.get(party), questions);
            byParty.put(party, figures);
        });
        return byParty;
    }

    public int currentYear() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE)).getYear();
    }

    private static SatisfactionFigures figures(List<SurveyInvitation> sent, List<SurveyAnswer> answers,
            Map<Long, SurveyQuestion> questions) {
        Set<Long> ids = new HashSet<>();
        sent.forEach(i -> ids.add(i.getId()));
        long answered = sent.stream().filter(i -> i.getAnsweredAt() != null).count();
        List<Integer> scores = answers.stream().filter(a -> ids.contains(a.getInvitationId()))
                .filter(a -> questions.containsKey(a.getQuestionId())
                        && questions.get(a.getQuestionId()).getKind() == QuestionKind.SCALE)
                .map(SurveyAnswer::getScore).toList();
        return SatisfactionFigures.of(sent.size(), answered, scores);
    }

    private static List<QuestionResult> distribution(Questionnaire questionnaire, List<SurveyInvitation> sent,
            List<SurveyAnswer> answers, Map<Long, SurveyQuestion> questions) {
        Map<Long, String> organisations = new HashMap<>();
        sent.forEach(i -> organisations.put(i.getId(), i.getOrganisation()));
        List<QuestionResult> results = new ArrayList<>();
        for (SurveyQuestion question : questionnaire.getQuestions()) {
            // Every revision's question at the same position and of the same kind counts with it.
            List<SurveyAnswer> mine = answers.stream().filter(a -> {
                SurveyQuestion asked = questions.get(a.getQuestionId());
                return asked != null && asked.getPosition() == question.getPosition() && asked.getKind() == question.getKind();
            }).toList();
            List<Count> counts = new ArrayList<>();
            List<String[]> comments = new ArrayList<>();
            switch (question.getKind()) {
                case SCALE -> {
                    for (int v = 1; v <= 5; v++) {
                        int value = v;
                        counts.add(new Count(String.valueOf(v), mine.stream().filter(a -> a.getScore() != null
                                && a.getScore() == value).count()));
                    }
                }
                case YES_NO -> {
                    counts.add(new Count("Oui", mine.stream().filter(a -> Integer.valueOf(1).equals(a.getScore())).count()));
                    counts.add(new Count("Non", mine.stream().filter(a -> Integer.valueOf(0).equals(a.getScore())).count()));
                }
                case CHOICE -> {
                    List<String> options = question.getOptions();
                    for (int v = 1; v <= options.size(); v++) {
                        int value = v;
                        counts.add(new Count(options.get(v - 1), mine.stream().filter(a -> a.getScore() != null
                                && a.getScore() == value).count()));
                    }
                }
                case TEXT -> mine.stream().filter(a -> a.getText() != null && !a.getText().isBlank())
                        .forEach(a -> comments.add(new String[] {organisations.get(a.getInvitationId()), a.getText()}));
            }
            results.add(new QuestionResult(question, counts, comments));
        }
        return results;
    }

    private static Instant start(int year, int month) {
        return LocalDate.of(year, month, 1).atStartOfDay(ClockProducer.ZONE).toInstant();
    }
}
