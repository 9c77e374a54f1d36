package be.miresem.rebond.survey;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An invitation to answer one questionnaire's revision, made once per trigger (a hire, an agent's quarter...):
 * sent by {@link SurveyJob} when due, reminded once after a week if unanswered, answered once and changeable until
 * it expires. Its answers are attributed to the organisation it names (the employer, the CPAS).
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_id", updatable = false)
    private Questionnaire questionnaire;

    /** The questionnaire's code, the subject and the delay ("EMPLOYER_HIRE:hire:42:0"): one invitation each. */
    @Column(name = "trigger_key", nullable = false, length = 120, updatable = false)
    private String triggerKey;

    @Column(length = 254, updatable = false)
    private String recipient;

    /** The name the e-mail greets ("Bonjour Luc Martin,"): the only personal datum it carries. */
    @Column(length = 150, updatable = false)
    private String greeting;

    @Column(length = 200, updatable = false)
    private String organisation;

    @Column(name = "cpas_id", updatable = false)
    private Long cpasId;

    /** A beneficiary's survey belongs to their case (erased with it); null for the other parties. */
    @Column(name = "case_file_id", updatable = false)
    private Long caseFileId;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** When the one reminder goes if no answer came (set on sending; null for none). */
    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected SurveyInvitation() {
    }

    SurveyInvitation(Questionnaire questionnaire, String triggerKey, String recipient, String greeting, String organisation,
            Long cpasId, Instant dueAt, Instant expiresAt) {
        this.questionnaire = questionnaire;
        this.triggerKey = triggerKey;
        this.recipient = recipient;
        this.greeting = greeting;
        this.organisation = organisation;
        this.cpasId = cpasId;
        this.dueAt = dueAt;
        this.expiresAt = expiresAt;
    }

    void sentWithoutMail(Instant at) {
        sentAt = at;
    }

    SurveyInvitation ofCase(long caseFileId) {
        this.caseFileId = caseFileId;
        return this;
    }

    public Long getCaseFileId() {
        return caseFileId;
    }

    void answered(Instant at) {
        answeredAt = at;
    }

    public boolean isOpen(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public String getTriggerKey() {
        return triggerKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getGreeting() {
        return greeting;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Long getCpasId() {
        return cpasId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
