package be.miresem.rebond.site;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question and its answer on /cpas. */
@Entity
@Table(name = "faq_entry")
@NamedQuery(name = "FaqEntry.findAll", query = "select f from FaqEntry f order by f.position, f.id")
public class FaqEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int QUESTION_MAX = 300;
    public static final int ANSWER_MAX = 4000;

    @NotBlank
    @Size(max = QUESTION_MAX)
    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @NotBlank
    @Size(max = ANSWER_MAX)
    @Column(nullable = false, length = ANSWER_MAX)
    private String answer;

    @Min(0)
    @Max(9999)
    @Column(name = "sort_order", nullable = false)
    private int position;

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getAnswerHtml() {
        return SafeMarkdown.toHtml(answer);
    }

    /** Takes the editable fields of another entry. */
    public void copyFrom(FaqEntry other) {
        question = other.question;
        answer = other.answer;
        position = other.position;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
