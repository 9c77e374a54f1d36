package be.miresem.rebond.meeting;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.cluster.CacheVersions;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The officer's meeting rules: the settings (length, pause, notice, horizon, cut-off, "à confirmer" mode, video
 * link), her weekly windows and her days off. Every booking page and every booking needs them and they change
 * rarely, so they are read once and kept for at most {@link #RULES_TTL}: dropped on this node as soon as a change
 * commits, and on every node when the stored version of the rules ({@link CacheVersions#MEETING_RULES}, bumped by
 * each change) is no longer the one they were read at.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class MeetingRules {

    static final Duration RULES_TTL = Duration.ofSeconds(30);

    /** Fired when the officer changes her rules; observed after commit to drop the cached rules. */
    public record RulesChanged() {
    }

    /** The rules as read at one moment. */
    private record Rules(MeetingSettings settings, List<SlotRules.Window> windows, List<SlotRules.DayOff> daysOff,
            Instant loadedAt, LocalDate day, long version) {
    }

    @Inject
    private MeetingRulesRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private CacheVersions versions;

    @Inject
    private Event<RulesChanged> rulesChanged;

    private volatile Rules cachedRules;

    void onRulesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged event) {
        cachedRules = null;
    }

    void onRulesChangedInTransaction(@Observes RulesChanged event) {
        versions.bump(CacheVersions.MEETING_RULES);
    }

    /** The meeting settings (a copy: change them through {@link #saveSettings}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingSettings settings() {
        return cachedRules().settings();
    }

    /** The rules the slot calculator applies today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    SlotRules slotRules() {
        Rules cached = cachedRules();
        return cached.settings().rules(cached.windows(), cached.daysOff());
    }

    /** The cut-off of this booking: partners change it before this instant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant changeDeadline(Booking booking) {
        return booking.getStartAt().minus(settings().cutoff());
    }

    /** Saves the meeting settings. Officers only. */
    public void saveSettings(@Valid MeetingSettings form) {
        currentUser.requireOfficer();
        repository.getSettings().copyFrom(form);
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.settings", "MeetingSettings", StoredText.of("audit.details.settings",
                form.getMeetingMinutes(), form.getBufferMinutes(), form.getNoticeHours(), form.getHorizonWeeks(),
                form.getCutoffHours(), StoredText.label(form.isConfirmManually() ? "common.yes" : "common.no")));
    }

    /** The weekly windows. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AvailabilityWindow> windows() {
        currentUser.requireOfficer();
        return repository.findWindows();
    }

    /** The days off from today on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AvailabilityException> exceptions() {
        return repository.findDaysOffFrom(LocalDate.now(clock.withZone(ClockProducer.ZONE)));
    }

    /** Adds a weekly window (end after start). Officers only. @throws MeetingException for an empty window */
    public void addWindow(DayOfWeek day, LocalTime start, LocalTime end) {
        currentUser.requireOfficer();
        if (day == null || start == null || end == null || !end.isAfter(start)) {
            throw new MeetingException(null, "disponibilites.window.invalid");
        }
        repository.add(new AvailabilityWindow(day, start, end));
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.window.add", "AvailabilityWindow", StoredText.of("audit.details.window",
                StoredText.label("DayOfWeek." + day), start, end));
    }

    public void removeWindow(long id) {
        currentUser.requireOfficer();
        repository.remove(repository.findWindow(id).orElseThrow(() -> new NotFoundException("window " + id)));
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.window.remove", "AvailabilityWindow#" + id, null);
    }

    /** Adds days off (from ≤ to, with a reason). Officers only. @throws MeetingException otherwise */
    public void addException(LocalDate from, LocalDate to, String reason) {
        currentUser.requireOfficer();
        if (from == null || to == null || to.isBefore(from) || reason == null || reason.isBlank()) {
            throw new MeetingException(null, "disponibilites.dayoff.invalid");
        }
        repository.add(new AvailabilityException(from, to, reason.strip()));
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.dayoff.add", "AvailabilityException", StoredText.of("audit.details.dayOff",
                StoredText.day(from), StoredText.day(to), reason.strip()));
    }

    public void removeException(long id) {
        currentUser.requireOfficer();
        repository.remove(repository.findDayOff(id).orElseThrow(() -> new NotFoundException("exception " + id)));
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.dayoff.remove", "AvailabilityException#" + id, null);
    }

    private Rules cachedRules() {
        Rules rules = cachedRules;
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ClockProducer.ZONE);
        long version = versions.current(CacheVersions.MEETING_RULES);
        if (rules == null || rules.loadedAt().plus(RULES_TTL).isBefore(now) || !rules.day().equals(today)
                || rules.version() != version) {
            MeetingSettings settings = repository.getSettings().copy();
            List<SlotRules.Window> windows = repository.findWindows().stream().map(AvailabilityWindow::toWindow).toList();
            List<SlotRules.DayOff> daysOff = repository.findDaysOffFrom(today).stream()
                    .map(AvailabilityException::toDayOff).toList();
            rules = new Rules(settings, windows, daysOff, now, today, version);
            cachedRules = rules;
        }
        return rules;
    }
}
