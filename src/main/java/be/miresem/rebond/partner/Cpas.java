package be.miresem.rebond.partner;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A CPAS (Centre Public d'Action Sociale): the organisation every partner user and case belongs to. */
@Entity
@Table(name = "cpas")
@NamedQuery(name = "Cpas.findAll", query = "select c from Cpas c order by c.name")
@NamedQuery(name = "Cpas.findByStatus", query = "select c from Cpas c where c.status = :status order by c.name")
@NamedQuery(name = "Cpas.findByEnterpriseNumber", query = "select c from Cpas c where c.enterpriseNumber.text = :number")
@NamedQuery(name = "Cpas.findByCommune",
        query = "select c from Cpas c where lower(c.commune) = lower(:commune)")
public class Cpas extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;
    public static final int COMMUNE_MAX = 80;
    public static final int STREET_MAX = 160;
    public static final int POSTAL_CODE_MAX = 4;
    public static final int LOCALITY_MAX = 80;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = COMMUNE_MAX)
    @Column(nullable = false, length = COMMUNE_MAX)
    private String commune;

    @Size(max = STREET_MAX)
    @Column(length = STREET_MAX)
    private String street;

    @Pattern(regexp = "\\d{4}", message = "{rebond.postalCode.invalid}")
    @Column(name = "postal_code", length = POSTAL_CODE_MAX)
    private String postalCode;

    @Size(max = LOCALITY_MAX)
    @Column(length = LOCALITY_MAX)
    private String locality;

    @Valid
    @Embedded
    private EnterpriseNumberField enterpriseNumber = new EnterpriseNumberField();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CpasStatus status = CpasStatus.PROSPECT;

    @Column(name = "partner_since")
    private LocalDate partnerSince;

    protected Cpas() {
    }

    public Cpas(String name, String commune) {
        this.name = name;
        this.commune = commune;
    }

    /** Makes this CPAS an active partner from the given date (kept if it was already set). */
    /** Shown on the public partners page (while an active partner): the officer's decision. */
    @Column(nullable = false)
    private boolean published;

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public void activate(LocalDate since) {
        status = CpasStatus.ACTIVE;
        if (partnerSince == null) {
            partnerSince = since;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    /** The enterprise number (a row stored without one reads back as an empty field, never null). */
    public EnterpriseNumberField getEnterpriseNumber() {
        if (enterpriseNumber == null) {
            enterpriseNumber = new EnterpriseNumberField();
        }
        return enterpriseNumber;
    }

    public CpasStatus getStatus() {
        return status;
    }

    public void setStatus(CpasStatus status) {
        this.status = status;
    }

    public LocalDate getPartnerSince() {
        return partnerSince;
    }

    public void setPartnerSince(LocalDate partnerSince) {
        this.partnerSince = partnerSince;
    }
}
