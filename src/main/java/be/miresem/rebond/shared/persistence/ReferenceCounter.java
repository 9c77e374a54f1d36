package be.miresem.rebond.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number handed out for one series of reference numbers (e.g. "COL-2026"). */
@Entity
@Table(name = "reference_counter")
public class ReferenceCounter {

    @Id
    @Column(length = 40)
    private String series;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected ReferenceCounter() {
    }

    ReferenceCounter(String series) {
        this.series = series;
    }

    int next() {
        return ++lastValue;
    }
}
