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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
    private String start = "09:00";
    private String end = "12:00";
    private String from;
    private String to;
    private String reason;

    public String addWindow() {
        try {
            rules.addWindow(day, time(start), time(end));
        } catch (DateTimeParseException e) {
            Messages.error(null, "disponibilites.window.invalid");
            return null;
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
            LocalDate first = day(from);
            LocalDate last = to == null || to.isBlank() ? first : day(to);
            rules.addException(first, last, reason);
        } catch (DateTimeParseException e) {
            Messages.error(null, "disponibilites.dayoff.invalid");
            return null;
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

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** A time typed as HH:MM, or null when nothing was typed (the service then refuses the window). */
    private static LocalTime time(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
    }

    /** A day typed as AAAA-MM-JJ, or null when nothing was typed. */
    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
