package be.miresem.rebond.site;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A place where the officer meets the CPAS ("Bureau de la Miresem", with its address), offered when booking. */
@Entity
@Table(name = "meeting_place")
@NamedQuery(name = "MeetingPlace.findAll", query = "select p from MeetingPlace p order by p.position, p.id")
public class MeetingPlace extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 300)
    @Column(length = 300)
    private String address;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected MeetingPlace() {
    }

    public MeetingPlace(String name, String address, int position) {
        this.name = name == null ? null : name.strip();
        this.address = ContactDetails.blankToNull(address);
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    /** How the place is written on a meeting: "Bureau de la Miresem, rue …, 5660 Couvin". */
    public String getLabel() {
        return address == null ? name : name + ", " + address;
    }
}
