package be.miresem.rebond.employer;

import be.miresem.rebond.casefile.Sector;
import be.miresem.rebond.partner.EnterpriseNumberField;
import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A company or organisation whose hiring needs the Miresem canvasses. Officer-only data. */
@Entity
@Table(name = "employer")
@NamedQuery(name = "Employer.findAll", query = "select e from Employer e order by e.name")
public class Employer extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 160)
    @Column(nullable = false, length = 160)
    private String name;

    @Valid
    @Embedded
    private EnterpriseNumberField enterpriseNumber = new EnterpriseNumberField();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Sector sector;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, length = 80)
    private String commune;

    @NotBlank
    @Size(max = 120)
    @Column(name = "contact_name", nullable = false, length = 120)
    private String contactName;

    @Email
    @Size(max = 254)
    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Size(max = 30)
    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    void tidy() {
        name = name.strip();
        commune = commune.strip();
        contactName = contactName.strip();
        contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
        contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The enterprise number (a row stored without one reads back as an empty field, never null). */
    public EnterpriseNumberField getEnterpriseNumber() {
        if (enterpriseNumber == null) {
            enterpriseNumber = new EnterpriseNumberField();
        }
        return enterpriseNumber;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
