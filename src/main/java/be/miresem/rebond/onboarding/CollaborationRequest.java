package be.miresem.rebond.onboarding;

import be.miresem.rebond.partner.ValidEnterpriseNumber;
import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A CPAS's request to join Rebond (demande de collaboration), and where its onboarding stands. */
@Entity
@Table(name = "collaboration_request")
@NamedQuery(name = "CollaborationRequest.findByReference",
        query = "select r from CollaborationRequest r where r.reference = :reference")
@NamedQuery(name = "CollaborationRequest.findBySubmissionToken",
        query = "select r from CollaborationRequest r where r.submissionToken = :token")
public class CollaborationRequest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;
    public static final int COMMUNE_MAX = 80;
    public static final int PERSON_MAX = 120;
    public static final int FUNCTION_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    public static final int MESSAGE_MAX = 4000;
    public static final int NEXT_ACTION_MAX = 200;
    public static final int REASON_MAX = 500;
    /** Belgian phone numbers: +32, 0032 or 0, then 8 or 9 digits; spaces, dots, slashes and dashes allowed. */
    public static final String PHONE_PATTERN = "^(\\+32|0032|0)[\\s./-]*[1-9]([\\s./-]*\\d){7,8}$";

    @Column(name = "reference_number", nullable = false, unique = true, length = 20)
    private String reference;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "cpas_name", nullable = false, length = NAME_MAX)
    private String cpasName;

    @NotBlank
    @Size(max = COMMUNE_MAX)
    @Column(nullable = false, length = COMMUNE_MAX)
    private String commune;

    @ValidEnterpriseNumber
    @Column(name = "enterprise_number", length = 20)
    private String enterpriseNumber;

    @NotBlank
    @Size(max = PERSON_MAX)
    @Column(name = "contact_name", nullable = false, length = PERSON_MAX)
    private String contactName;

    @Size(max = FUNCTION_MAX)
    @Column(name = "contact_function", length = FUNCTION_MAX)
    private String contactFunction;

    @NotBlank
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Pattern(regexp = PHONE_PATTERN, message = "{rebond.phone.invalid}")
    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private String phone;

    @Min(value = 0, message = "{rebond.article60.range}")
    @Max(value = 10000, message = "{rebond.article60.range}")
    @Column(name = "article60_per_year")
    private Integer article60PerYear;

    @Size(max = MESSAGE_MAX)
    @Column(length = MESSAGE_MAX)
    private String message;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "submission_token", nullable = false, unique = true, length = 64)
    private String submissionToken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OnboardingStage stage = OnboardingStage.NEW;

    @Size(max = REASON_MAX)
    @Column(name = "dropped_reason", length = REASON_MAX)
    private String droppedReason;

    @Size(max = NEXT_ACTION_MAX)
    @Column(name = "next_action", length = NEXT_ACTION_MAX)
    private String nextAction;

    @Column(name = "next_action_due")
    private LocalDate nextActionDue;

    /** The open request or partner this one seems to duplicate (a request id), flagged for the officer. */
    @Column(name = "duplicate_of_request")
    private Long duplicateOfRequest;

    /** The CPAS (partner data) this request seems to duplicate. */
    @Column(name = "duplicate_of_cpas")
    private Long duplicateOfCpas;

    /** Set when merged into another request: this one then only points there. */
    @Column(name = "merged_into")
    private Long mergedInto;

    /** The CPAS created or activated when the request reached "Partenaire actif". */
    @Column(name = "cpas_id")
    private Long cpasId;

    /** Days from the request to "Partenaire actif" (Brussels dates), set on reaching it, for reporting. */
    @Column(name = "days_to_active")
    private Integer daysToActive;

    public CollaborationRequest() {
    }

    // Set by the service only.
    void submitted(String reference, String token, Instant at) {
        this.reference = reference;
        this.submissionToken = token;
        this.consentAt = at;
    }

    public String getReference() {
        return reference;
    }

    public String getCpasName() {
        return cpasName;
    }

    public void setCpasName(String cpasName) {
        this.cpasName = strip(cpasName);
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = strip(commune);
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public void setEnterpriseNumber(String enterpriseNumber) {
        this.enterpriseNumber = blankToNull(enterpriseNumber);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = strip(contactName);
    }

    public String getContactFunction() {
        return contactFunction;
    }

    public void setContactFunction(String contactFunction) {
        this.contactFunction = blankToNull(contactFunction);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = strip(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public Integer getArticle60PerYear() {
        return article60PerYear;
    }

    public void setArticle60PerYear(Integer article60PerYear) {
        this.article60PerYear = article60PerYear;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = blankToNull(message);
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    String getSubmissionToken() {
        return submissionToken;
    }

    public OnboardingStage getStage() {
        return stage;
    }

    /** A fresh, unsaved copy of what the visitor typed, to submit again after a failed transaction. */
    public CollaborationRequest copyOfForm() {
        CollaborationRequest copy = new CollaborationRequest();
        copy.setCpasName(cpasName);
        copy.setCommune(commune);
        copy.setEnterpriseNumber(enterpriseNumber);
        copy.setContactName(contactName);
        copy.setContactFunction(contactFunction);
        copy.setEmail(email);
        copy.setPhone(phone);
        copy.setArticle60PerYear(article60PerYear);
        copy.setMessage(message);
        return copy;
    }

    void setStage(OnboardingStage stage) {
        this.stage = stage;
    }

    /** Moves to a stage on a given day: reaching "Partenaire actif" records how many days it took. */
    void moveTo(OnboardingStage next, LocalDate today, ZoneId zone) {
        this.stage = next;
        daysToActive = next == OnboardingStage.ACTIVE_PARTNER
                ? (int) ChronoUnit.DAYS.between(consentAt.atZone(zone).toLocalDate(), today)
                : null;
    }

    public Integer getDaysToActive() {
        return daysToActive;
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    void setDroppedReason(String droppedReason) {
        this.droppedReason = droppedReason;
    }

    public String getNextAction() {
        return nextAction;
    }

    void setNextAction(String nextAction) {
        this.nextAction = blankToNull(nextAction);
    }

    public LocalDate getNextActionDue() {
        return nextActionDue;
    }

    void setNextActionDue(LocalDate nextActionDue) {
        this.nextActionDue = nextActionDue;
    }

    public boolean isOverdue(LocalDate today) {
        return stage.isOpen() && nextActionDue != null && nextActionDue.isBefore(today);
    }

    public Long getDuplicateOfRequest() {
        return duplicateOfRequest;
    }

    public Long getDuplicateOfCpas() {
        return duplicateOfCpas;
    }

    void flagDuplicate(Long requestId, Long cpasId) {
        this.duplicateOfRequest = requestId;
        this.duplicateOfCpas = cpasId;
    }

    public boolean isFlaggedDuplicate() {
        return mergedInto == null && (duplicateOfRequest != null || duplicateOfCpas != null);
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    void setMergedInto(Long mergedInto) {
        this.mergedInto = mergedInto;
    }

    public Long getCpasId() {
        return cpasId;
    }

    void setCpasId(Long cpasId) {
        this.cpasId = cpasId;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
