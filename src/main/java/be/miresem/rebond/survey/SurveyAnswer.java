package be.miresem.rebond.survey;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The answer to one question of one invitation: a score (scale 1–5, yes 1 / no 0, a choice's number) or a text. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "invitation_id", nullable = false, updatable = false)
    private long invitationId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    private Integer score;

    @Column(length = 1000)
    private String text;

    protected SurveyAnswer() {
    }

    SurveyAnswer(long invitationId, long questionId) {
        this.invitationId = invitationId;
        this.questionId = questionId;
    }

    void set(Integer score, String text) {
        this.score = score;
        this.text = text;
    }

    public long getInvitationId() {
        return invitationId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Integer getScore() {
        return score;
    }

    public String getText() {
        return text;
    }
}
