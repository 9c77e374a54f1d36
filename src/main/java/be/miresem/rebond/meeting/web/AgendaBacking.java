package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.Booking;
import be.miresem.rebond.meeting.MeetingRules;
import be.miresem.rebond.meeting.MeetingLists;
import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.meeting.Reminder;
import be.miresem.rebond.meeting.Reminders;
import be.miresem.rebond.shared.time.ClockProducer;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the officer's agenda: /espace/agenda/ (a week, Monday to Sunday, with its bookings and sessions),
 * /espace/agenda/jour (one day, printable on one page) and /espace/agenda/rappels (the reminders' send log).
 * Days are local days in Europe/Brussels, so a week spanning a clock change still has seven whole days.
 */
@Named
@RequestScoped
public class AgendaBacking {

    /** One line of the agenda: a booking or a session. */
    public record Item(Instant start, Instant end, String kind, String title, String cpas, String place,
            String status, String link) {
    }

    @Inject
    private MeetingLists lists;

    @Inject
    private MeetingRules rules;

    @Inject
    private PresentationSessions sessions;

    @Inject
    private Reminders reminders;

    @Inject
    private Clock clock;

    private String week;
    private String date;
    private Map<LocalDate, List<Item>> days;

    /** The Monday of the week shown (the current week unless ?semaine=YYYY-MM-DD). */
    public LocalDate getMonday() {
        return parse(week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The day shown by the printable page (today unless ?date=YYYY-MM-DD). */
    public LocalDate getDay() {
        return parse(date);
    }

    public Map<LocalDate, List<Item>> getWeekDays() {
        if (days == null) {
            days = items(getMonday(), 7);
        }
        return days;
    }

    public List<LocalDate> getWeekDayList() {
        return List.copyOf(getWeekDays().keySet());
    }

    public List<Item> getDayItems() {
        return items(getDay(), 1).get(getDay());
    }

    public LocalDate getPreviousWeek() {
        return getMonday().minusWeeks(1);
    }

    public LocalDate getNextWeek() {
        return getMonday().plusWeeks(1);
    }

    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    public List<Reminder> getReminders() {
        rules.windows(); // officers only
        return reminders.log(200);
    }

    private Map<LocalDate, List<Item>> items(LocalDate first, int count) {
        Instant from = first.atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant to = first.plusDays(count).atStartOfDay(ClockProducer.ZONE).toInstant();
        List<Item> all = new ArrayList<>();
        for (Booking b : lists.between(from, to)) {
            all.add(new Item(b.getStartAt(), b.getEndAt(), Messages.text("agenda.kind.booking"),
                    Messages.text("MeetingSubject." + b.getSubject()), b.getCpas().getName(), b.getPlace(),
                    Messages.text("BookingStatus." + b.getStatus()), "/espace/rendez-vous/detail?id=" + b.getId()));
        }
        for (PresentationSession s : sessions.between(from, to)) {
            all.add(new Item(s.getStartAt(), s.getEndAt(), Messages.text("agenda.kind.session"), s.getTitle(),
                    Messages.text("agenda.session.cpas", s.getCapacity() - sessions.placesLeft(s)), s.getPlace(), "",
                    "/espace/seances/seance?id=" + s.getId()));
        }
        all.sort(Comparator.comparing(Item::start));
        Map<LocalDate, List<Item>> byDay = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            byDay.put(first.plusDays(i), new ArrayList<>());
        }
        for (Item item : all) {
            LocalDate day = item.start().atZone(ClockProducer.ZONE).toLocalDate();
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(item);
        }
        byDay.keySet().removeIf(d -> d.isBefore(first) || !d.isBefore(first.plusDays(count)));
        return byDay;
    }

    private LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? getToday() : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return getToday();
        }
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
