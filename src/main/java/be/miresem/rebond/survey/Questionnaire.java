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
 * Its sending — the {@link Trigger} (and so the audience), the delays after the event, how long it stays open, the
 * reminder, the pause — is read from the current revision and copied to the next one.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_QUESTIONS = 8;
    /** At most this many delays (one invitation each) per trigger. */
    public static final int MAX_DELAYS = 4;
    public static final int MAX_OPEN_DAYS = 90;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 20, updatable = false)
    private Trigger trigger;

    /** The delays after the event, in the trigger's unit, comma-separated ("0,3"); empty for the quarter. */
    @Column(nullable = false, length = 40)
    private String delays;

    @Column(name = "open_days", nullable = false)
    private int openDays;

    /** Days after sending for the one reminder; 0 for none. */
    @Column(name = "remind_days", nullable = false)
    private int remindDays;

    @Column(nullable = false)
    private boolean paused;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected Questionnaire() {
    }

    Questionnaire(String code, int revision, Trigger trigger, List<Integer> delays, String title, String intro) {
        this.code = code;
        this.revision = revision;
        this.trigger = trigger;
        this.party = trigger.party();
        this.delays = join(delays);
        this.openDays = 30;
        this.remindDays = 7;
        this.title = title;
        this.intro = intro;
        this.active = true;
    }

    /** The next revision: new wording, the same code, trigger and sending. */
    Questionnaire nextRevision(String newTitle, String newIntro) {
        Questionnaire next = new Questionnaire(code, revision + 1, trigger, getDelays(), newTitle, newIntro);
        next.schedule(getDelays(), openDays, remindDays, paused);
        return next;
    }

    void schedule(List<Integer> newDelays, int newOpenDays, int newRemindDays, boolean newPaused) {
        this.delays = join(newDelays);
        this.openDays = newOpenDays;
        this.remindDays = newRemindDays;
        this.paused = newPaused;
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().sorted().distinct().map(String::valueOf).toList());
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

    public Trigger getTrigger() {
        return trigger;
    }

    /** The delays after the event, in the trigger's unit, smallest first. */
    public List<Integer> getDelays() {
        return delays == null || delays.isBlank() ? List.of()
                : java.util.Arrays.stream(delays.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    public int getOpenDays() {
        return openDays;
    }

    public int getRemindDays() {
        return remindDays;
    }

    public boolean isPaused() {
        return paused;
    }

    /** Whether invitations are made and sent: not paused, and with questions to ask. */
    public boolean isSending() {
        return !paused && !questions.isEmpty();
    }

    public List<SurveyQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
