package be.miresem.rebond.survey;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A short questionnaire (at most {@link #MAX_QUESTIONS} questions, in French) for one party. Versioned: its code
 * names it across revisions; an invitation points to the revision it was sent with, so answers keep their questions.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_QUESTIONS = 8;

    @Column(nullable = false, length = 30, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Party party;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(nullable = false, length = 1000)
    private String intro;

    @Column(nullable = false)
    private boolean active;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected Questionnaire() {
    }

    Questionnaire(String code, int revision, Party party, String title, String intro) {
        this.code = code;
        this.revision = revision;
        this.party = party;
        this.title = title;
        this.intro = intro;
        this.active = true;
    }

    Questionnaire ask(QuestionKind kind, String text, String low, String high, String choices) {
        questions.add(new SurveyQuestion(this, questions.size() + 1, kind, text, low, high, choices));
        return this;
    }

    /** A new revision replaces this one: invitations already made keep pointing here. */
    void retire() {
        active = false;
    }

    public String getCode() {
        return code;
    }

    public int getRevision() {
        return revision;
    }

    public Party getParty() {
        return party;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public boolean isActive() {
        return active;
    }

    public List<SurveyQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
