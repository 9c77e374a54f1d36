package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Days without meetings (absence, closure), from and to inclusive. */
@Entity
@Table(name = "availability_exception")
@NamedQuery(name = "AvailabilityException.findFrom",
        query = "select e from AvailabilityException e where e.toDate >= :from order by e.fromDate")
public class AvailabilityException extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 200;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    protected AvailabilityException() {
    }

    public AvailabilityException(LocalDate fromDate, LocalDate toDate, String reason) {
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.reason = reason;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getReason() {
        return reason;
    }

    SlotRules.DayOff toDayOff() {
        return new SlotRules.DayOff(fromDate, toDate, reason);
    }
}
