package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.AvailabilityException;
import be.miresem.rebond.meeting.AvailabilityWindow;
import be.miresem.rebond.meeting.BelgianHolidays;
import be.miresem.rebond.meeting.MeetingRules;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Backs /espace/disponibilites/: the officer's weekly windows and days off, and the public holidays. Officers only.
 * The rules form of the same page is {@link MeetingRulesBacking}'s.
 */
@Named
@RequestScoped
public class AvailabilityBacking {

    @Inject
    private MeetingRules rules;

    @Inject
    private Clock clock;

    private DayOfWeek day = DayOfWeek.TUESDAY;
    private LocalTime start = LocalTime.of(9, 0);
    private LocalTime end = LocalTime.of(12, 0);
    private LocalDate from;
    private LocalDate to;
    @Size(max = AvailabilityException.REASON_MAX)
    private String reason;

    public String addWindow() {
        try {
            rules.addWindow(day, start, end);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("disponibilites.saved");
        return "/espace/disponibilites/index?faces-redirect=true";
    }

    public String removeWindow(long id) {
        rules.removeWindow(id);
        Messages.flashInfo("disponibilites.saved");
        return "/espace/disponibilites/index?faces-redirect=true";
    }

    public String addException() {
        try {
            rules.addException(from, to == null ? from : to, reason);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("disponibilites.saved");
        return "/espace/disponibilites/index?faces-redirect=true";
    }

    public String removeException(long id) {
        rules.removeException(id);
        Messages.flashInfo("disponibilites.saved");
        return "/espace/disponibilites/index?faces-redirect=true";
    }

    public List<AvailabilityWindow> getWindows() {
        return rules.windows();
    }

    public List<AvailabilityException> getExceptions() {
        return rules.exceptions();
    }

    /** This year's and next year's public holidays, shown for information (they never have slots). */
    public Map<LocalDate, String> getHolidays() {
        int year = LocalDate.now(clock).getYear();
        Map<LocalDate, String> holidays = new TreeMap<>(BelgianHolidays.of(year));
        holidays.putAll(BelgianHolidays.of(year + 1));
        return holidays;
    }

    public List<LocalDate> getHolidayDates() {
        return List.copyOf(getHolidays().keySet());
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
