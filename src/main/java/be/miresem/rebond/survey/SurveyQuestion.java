package be.miresem.rebond.survey;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One question of a questionnaire's revision. A choice question lists its options separated by "|". */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_id", updatable = false)
    private Questionnaire questionnaire;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private QuestionKind kind;

    @Column(nullable = false, length = 300, updatable = false)
    private String text;

    @Column(name = "low_label", length = 60, updatable = false)
    private String lowLabel;

    @Column(name = "high_label", length = 60, updatable = false)
    private String highLabel;

    @Column(length = 500, updatable = false)
    private String choices;

    protected SurveyQuestion() {
    }

    SurveyQuestion(Questionnaire questionnaire, int position, QuestionKind kind, String text, String lowLabel,
            String highLabel, String choices) {
        this.questionnaire = questionnaire;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.lowLabel = lowLabel;
        this.highLabel = highLabel;
        this.choices = choices;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getLowLabel() {
        return lowLabel;
    }

    public String getHighLabel() {
        return highLabel;
    }

    /** The options of a choice question, in order. */
    public List<String> getOptions() {
        return choices == null ? List.of() : Arrays.stream(choices.split("\\|")).map(String::strip).toList();
    }

    /** Whether an answer to it may be stored: a score in range, a known option, or a short text. */
    public boolean accepts(Integer score, String answer) {
        return switch (kind) {
            case SCALE -> score != null && score >= 1 && score <= 5;
            case YES_NO -> score != null && (score == 0 || score == 1);
            case CHOICE -> score != null && score >= 1 && score <= getOptions().size();
            case TEXT -> answer != null && answer.length() <= 1000;
        };
    }
}
