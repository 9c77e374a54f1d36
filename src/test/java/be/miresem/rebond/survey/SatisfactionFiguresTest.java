package be.miresem.rebond.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The satisfaction index and the response rate, and which answers a question accepts. */
class SatisfactionFiguresTest {

    @Test
    void theIndexIsTheShareOfFoursAndFivesWithItsSampleAndTheRateIsAnsweredOverSent() {
        SatisfactionFigures figures = SatisfactionFigures.of(8, 4, Arrays.asList(5, 4, 3, 1, 4, null));
        assertThat(figures.scaleAnswers()).isEqualTo(6);
        assertThat(figures.satisfied()).isEqualTo(3);
        assertThat(figures.index()).isCloseTo(0.5, within(1e-9));
        assertThat(figures.responseRate()).isCloseTo(0.5, within(1e-9));
        SatisfactionFigures none = SatisfactionFigures.of(0, 0, List.of());
        assertThat(none.index()).isNull();
        assertThat(none.responseRate()).isNull();
    }

    @Test
    void aQuestionAcceptsOnlyAnswersOfItsKind() {
        Questionnaire questionnaire = new Questionnaire("TEST", 1, Trigger.HIRE, List.of(0), "Test", "Test")
                .ask(QuestionKind.SCALE, "Échelle", "Pas du tout", "Tout à fait", null)
                .ask(QuestionKind.YES_NO, "Oui ou non", null, null, null)
                .ask(QuestionKind.CHOICE, "Choix", null, null, "A|B|C")
                .ask(QuestionKind.TEXT, "Texte", null, null, null);
        List<SurveyQuestion> questions = questionnaire.getQuestions();
        assertThat(questions.get(0).accepts(5, null)).isTrue();
        assertThat(questions.get(0).accepts(6, null)).isFalse();
        assertThat(questions.get(0).accepts(0, null)).isFalse();
        assertThat(questions.get(1).accepts(0, null)).isTrue();
        assertThat(questions.get(1).accepts(2, null)).isFalse();
        assertThat(questions.get(2).getOptions()).containsExactly("A", "B", "C");
        assertThat(questions.get(2).accepts(3, null)).isTrue();
        assertThat(questions.get(2).accepts(4, null)).isFalse();
        assertThat(questions.get(3).accepts(null, "x".repeat(1000))).isTrue();
        assertThat(questions.get(3).accepts(null, "x".repeat(1001))).isFalse();
    }
}
