package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly window of the officer's availability, in local time. */
@Entity
@Table(name = "availability_window")
@NamedQuery(name = "AvailabilityWindow.findAll",
        query = "select w from AvailabilityWindow w order by w.dayOfWeek, w.startTime")
public class AvailabilityWindow extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** ISO day of week, 1 = Monday. */
    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected AvailabilityWindow() {
    }

    public AvailabilityWindow(DayOfWeek day, LocalTime start, LocalTime end) {
        this.dayOfWeek = day.getValue();
        this.startTime = start;
        this.endTime = end;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    SlotRules.Window toWindow() {
        return new SlotRules.Window(getDay(), startTime, endTime);
    }
}
