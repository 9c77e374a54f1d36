package be.miresem.rebond.partner;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person of a CPAS who works with Rebond (agent d'insertion professionnelle), with or without a portal account. */
@Entity
@Table(name = "insertion_agent")
@NamedQuery(name = "InsertionAgent.findByCpas",
        query = "select a from InsertionAgent a where a.cpas = :cpas order by a.fullName")
public class InsertionAgent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;
    public static final int FUNCTION_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cpas_id", nullable = false)
    private Cpas cpas;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Size(max = FUNCTION_MAX)
    @Column(name = "job_function", length = FUNCTION_MAX)
    private String function;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private String phone;

    protected InsertionAgent() {
    }

    public InsertionAgent(Cpas cpas, String fullName, String function, String email, String phone) {
        this.cpas = cpas;
        this.fullName = fullName;
        this.function = function;
        this.email = email;
        this.phone = phone;
    }

    public Cpas getCpas() {
        return cpas;
    }

    public String getFullName() {
        return fullName;
    }

    public String getFunction() {
        return function;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
