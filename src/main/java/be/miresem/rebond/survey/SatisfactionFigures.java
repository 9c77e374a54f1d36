package be.miresem.rebond.survey;

import java.util.List;

/**
 * The figures of one questionnaire over a period, pure: invitations sent and answered, the response rate, and the
 * satisfaction index — the share of 4 and 5 among the answers to its scale questions — with its sample size.
 */
public record SatisfactionFigures(long sent, long answered, long scaleAnswers, long satisfied) {

    /** From the invitations sent, how many were answered, and the scores given to scale questions. */
    public static SatisfactionFigures of(long sent, long answered, List<Integer> scaleScores) {
        long satisfied = scaleScores.stream().filter(s -> s != null && s >= 4).count();
        return new SatisfactionFigures(sent, answered, scaleScores.size(), satisfied);
    }

    /** The response rate (0–1), null when nothing was sent. */
    public Double responseRate() {
        return sent == 0 ? null : (double) answered / sent;
    }

    /** The satisfaction index (0–1), null without an answer. */
    public Double index() {
        return scaleAnswers == 0 ? null : (double) satisfied / scaleAnswers;
    }
}
