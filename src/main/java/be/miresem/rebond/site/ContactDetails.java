package be.miresem.rebond.site;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The Miresem's contact details on /contact and in e-mails, edited by the officer (one row). An empty value is
 * simply not shown.
 */
@Entity
@Table(name = "contact_details")
public class ContactDetails extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Size(max = 300)
    @Column(length = 300)
    private String address;

    @Size(max = 40)
    @Column(length = 40)
    private String phone;

    @Email
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Size(max = 300)
    @Column(length = 300)
    private String hours;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = blankToNull(address);
    }

    public String getPhone() {
        return phone;
    }

    /** The phone number for a tel: link (digits and a leading +). */
    public String getPhoneLink() {
        return phone == null ? null : phone.replaceAll("[^0-9+]", "");
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = blankToNull(hours);
    }

    /** Takes the editable fields of another copy. */
    public void copyFrom(ContactDetails other) {
        address = other.address;
        phone = other.phone;
        email = other.email;
        hours = other.hours;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
