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

/** A quote of a partner about Rebond, shown on /temoignages when visible. */
@Entity
@Table(name = "testimonial")
@NamedQuery(name = "Testimonial.findVisible",
        query = "select t from Testimonial t where t.visible = true order by t.position, t.id")
@NamedQuery(name = "Testimonial.findAll", query = "select t from Testimonial t order by t.position, t.id")
public class Testimonial extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int QUOTE_MAX = 2000;
    public static final int ROLE_MAX = 120;
    public static final int CPAS_MAX = 120;

    @NotBlank
    @Size(max = QUOTE_MAX)
    @Column(nullable = false, length = QUOTE_MAX)
    private String quote;

    @NotBlank
    @Size(max = ROLE_MAX)
    @Column(name = "author_role", nullable = false, length = ROLE_MAX)
    private String authorRole;

    /** The CPAS named with the quote, only where the author allowed it. */
    @Size(max = CPAS_MAX)
    @Column(name = "cpas_name", length = CPAS_MAX)
    private String cpasName;

    @Min(0)
    @Max(9999)
    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean visible = true;

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getAuthorRole() {
        return authorRole;
    }

    public void setAuthorRole(String authorRole) {
        this.authorRole = authorRole;
    }

    public String getCpasName() {
        return cpasName;
    }

    public void setCpasName(String cpasName) {
        this.cpasName = cpasName == null || cpasName.isBlank() ? null : cpasName.strip();
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    /** Takes the editable fields of another testimonial. */
    public void copyFrom(Testimonial other) {
        quote = other.quote;
        authorRole = other.authorRole;
        cpasName = other.cpasName;
        position = other.position;
        visible = other.visible;
    }

    public boolean isVisible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }
}
