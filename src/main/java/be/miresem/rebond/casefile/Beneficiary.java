package be.miresem.rebond.casefile;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A person referred by a partner CPAS (bénéficiaire). Personal data of someone in a fragile situation: only
 * what the follow-up needs, no national register number, and the consent record (when, how, by whom).
 */
@Entity
@Table(name = "beneficiary")
public class Beneficiary extends BaseEntity {

    /**
     * The consent text an agent reads to the person at referral, by version; its words are in the messages
     * ({@code casefile.consent.text.<version>}). A new wording gets a new version: each person keeps theirs.
     */
    public static final String CONSENT_TEXT = "2026-12";

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cpas_id", nullable = false, updatable = false)
    private Cpas cpas;

    @NotBlank
    @Size(max = 80)
    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @NotBlank
    @Size(max = 80)
    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @NotNull
    @Min(value = 1940, message = "{casefile.birthYear}")
    @Max(value = 2012, message = "{casefile.birthYear}")
    @Column(name = "birth_year", nullable = false)
    private Integer birthYear;

    @Size(max = 30)
    @Pattern(regexp = "[0-9 +./()-]*", message = "{casefile.phone}")
    @Column(length = 30)
    private String phone;

    @Email
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, length = 80)
    private String commune;

    @Size(max = 1000)
    @Column(length = 1000)
    private String skills;

    @Column(name = "driving_licence", nullable = false)
    private boolean drivingLicence;

    /** The person agreed to receive the satisfaction survey at their e-mail address. */
    @Column(name = "survey_by_email", nullable = false)
    private boolean surveyByEmail;

    @Size(max = 200)
    @Column(length = 200)
    private String transport;

    @Size(max = 200)
    @Column(length = 200)
    private String languages;

    @Size(max = 500)
    @Column(length = 500)
    private String qualifications;

    @Size(max = 2000)
    @Column(length = 2000)
    private String note;

    @NotNull
    @Column(name = "consent_on", nullable = false)
    private LocalDate consentOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method", nullable = false, length = 30)
    private ConsentMethod consentMethod;

    @Column(name = "consent_by", nullable = false, length = 254)
    private String consentBy;

    /** The version of the consent text the person agreed to ({@link #CONSENT_TEXT}); null before versions. */
    @Column(name = "consent_text", length = 20)
    private String consentText;

    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    public Beneficiary() {
    }

    void referredBy(Cpas cpas, String agentEmail) {
        this.cpas = cpas;
        this.consentBy = agentEmail;
        this.consentText = CONSENT_TEXT;
        lastName = strip(lastName);
        firstName = strip(firstName);
        commune = strip(commune);
        phone = blankToNull(phone);
        email = blankToNull(email);
        skills = blankToNull(skills);
        transport = blankToNull(transport);
        languages = blankToNull(languages);
        qualifications = blankToNull(qualifications);
        note = blankToNull(note);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A detached copy for the edit form. */
    public Beneficiary copy() {
        Beneficiary copy = new Beneficiary();
        copy.lastName = lastName;
        copy.firstName = firstName;
        copy.birthYear = birthYear;
        copy.consentOn = consentOn;
        copy.consentMethod = consentMethod;
        copy.copyProfile(this);
        return copy;
    }

    /** Takes the fields an agent may correct after the referral (names and consent stay as recorded). */
    void copyProfile(Beneficiary form) {
        phone = blankToNull(form.phone);
        email = blankToNull(form.email);
        commune = strip(form.commune);
        skills = blankToNull(form.skills);
        drivingLicence = form.drivingLicence;
        surveyByEmail = form.surveyByEmail;
        transport = blankToNull(form.transport);
        languages = blankToNull(form.languages);
        qualifications = blankToNull(form.qualifications);
        note = blankToNull(form.note);
    }

    /** Removes names, contact data and free text; keeps what statistics need (CPAS, birth year, commune). */
    void anonymise(LocalDate on) {
        lastName = "—";
        firstName = "Personne anonymisée";
        phone = null;
        email = null;
        skills = null;
        transport = null;
        languages = null;
        qualifications = null;
        note = null;
        anonymisedOn = on;
    }

    public LocalDate getAnonymisedOn() {
        return anonymisedOn;
    }

    public boolean isAnonymised() {
        return anonymisedOn != null;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Cpas getCpas() {
        return cpas;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public boolean isDrivingLicence() {
        return drivingLicence;
    }

    public boolean isSurveyByEmail() {
        return surveyByEmail;
    }

    public void setSurveyByEmail(boolean surveyByEmail) {
        this.surveyByEmail = surveyByEmail;
    }

    public void setDrivingLicence(boolean drivingLicence) {
        this.drivingLicence = drivingLicence;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getQualifications() {
        return qualifications;
    }

    public void setQualifications(String qualifications) {
        this.qualifications = qualifications;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }

    public ConsentMethod getConsentMethod() {
        return consentMethod;
    }

    public void setConsentMethod(ConsentMethod consentMethod) {
        this.consentMethod = consentMethod;
    }

    public String getConsentText() {
        return consentText;
    }

    public String getConsentBy() {
        return consentBy;
    }
}
