package be.miresem.rebond.home;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CaseFilter;
import be.miresem.rebond.casefile.CaseFollowUp;
import be.miresem.rebond.casefile.CaseTask;
import be.miresem.rebond.employer.Employers;
import be.miresem.rebond.employer.Proposal;
import be.miresem.rebond.meeting.Booking;
import be.miresem.rebond.meeting.MeetingLists;
import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.meeting.SessionRegistration;
import be.miresem.rebond.notification.Notification;
import be.miresem.rebond.notification.Notification;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.onboarding.CollaborationRequest;
import be.miresem.rebond.onboarding.OnboardingService;
import be.miresem.rebond.onboarding.OnboardingStage;
import be.miresem.rebond.onboarding.RequestFilter;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.mail.OutboxMessage;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.French;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The home page as a work queue: what needs the signed-in person now, each item linked to its record. The
 * officer's: news, new requests, overdue next actions, this week's meetings and sessions, CPAS to follow up after
 * a session they came to, sessions whose attendance is to record, case tasks due, proposals
 * waiting for an answer, e-mails failing. An agent's: news, their CPAS's next meetings, tasks due, the cases to deal
 * with; first steps while their CPAS has no case. Read only: each part comes from its feature's service, which
 * applies its own access rules.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ToDoList {

    /** One line of the queue: who or what it is about (a name, a CPAS), what to do, where, and when. */
    public record Item(String subject, String text, String link, LocalDate day, Instant at, boolean late) {
    }

    /** A part of the queue: its heading (a message key), its items, and the page listing them all. */
    public record Section(String id, String heading, List<Item> items, long count, String allLink) {
    }

    private static final int SHOWN = 8;

    /** Tasks are the daily work: the home page lists all those of the next two weeks, up to this many. */
    private static final int TASKS_SHOWN = 50;

    @Inject
    private be.miresem.rebond.conversation.Conversations conversations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Notifications notifications;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private MeetingLists meetings;

    @Inject
    private PresentationSessions sessions;

    @Inject
    private CaseFollowUp followUp;

    @Inject
    private CaseFiles cases;

    @Inject
    private Employers employers;

    @Inject
    private Mailer mailer;

    @Inject
    private Clock clock;

    /** The signed-in person's queue; sections with nothing in them are left out. */
    public List<Section> mine() {
        List<Section> queue = new ArrayList<>();
        queue.add(news());
        if (currentUser.isOfficer()) {
            queue.add(newRequests());
            queue.add(overdueRequests());
            queue.add(thisWeek());
            queue.add(attendance());
            queue.add(afterSessions());
            queue.add(tasks());
            queue.add(waitingProposals());
            queue.add(failingMails());
        } else {
            queue.add(nextMeetings());
            queue.add(tasks());
            queue.add(casesToDealWith());
        }
        return queue.stream().filter(s -> s.count() > 0).toList();
    }

    /** The counts shown in the navigation: unseen news, new requests, cases to deal with, failing e-mails. */
    public record Counts(long news, long requests, long cases, long outbox, long conversations) {
    }

    /** The navigation's counts for the signed-in person (requests and e-mails for the officer only). */
    public Counts counts() {
        boolean officer = currentUser.isOfficer();
        return new Counts(notifications.unseenCount(),
                officer ? onboarding.count(new RequestFilter(OnboardingStage.NEW, null, false, null, null)) : 0,
                cases.count(new CaseFilter(null, null, true, false)), officer ? mailer.failing().size() : 0,
                conversations.unseenPartnerships());
    }

    /** Whether the signed-in agent's CPAS has no case yet: the home page shows first steps instead. */
    public boolean isNewPartner() {
        return !currentUser.isOfficer() && cases.count(CaseFilter.all()) == 0;
    }

    private Section news() {
        List<Notification> recent = notifications.mine();
        List<Item> items = recent.stream().limit(SHOWN).map(n -> new Item(subjectOf(n.getLink()), n.getMessage(),
                "/espace/nouveautes/?voir=" + n.getId(), null, n.getCreatedAt(), !n.isSeen())).toList();
        return section("news", "home.news", items, recent.size(), "/espace/nouveautes/");
    }

    private Section newRequests() {
        RequestFilter filter = new RequestFilter(OnboardingStage.NEW, null, false, null, RequestFilter.Sort.NEWEST);
        List<Item> items = onboarding.list(filter, 0, SHOWN).stream().map(r -> new Item(r.getCpasName(),
                StoredText.of("home.request.new", French.of(r.getContactName())), requestLink(r), null, r.getCreatedAt(), false))
                .toList();
        return section("requests", "home.requests", items, onboarding.count(filter), "/espace/onboarding/?etape=NEW");
    }

    private Section overdueRequests() {
        RequestFilter filter = new RequestFilter(null, null, true, null, RequestFilter.Sort.DUE);
        List<Item> items = onboarding.list(filter, 0, SHOWN).stream().map(r -> new Item(r.getCpasName(),
                r.getNextAction(), requestLink(r), r.getNextActionDue(), null, true)).toList();
        return section("overdue", "home.overdue", items, onboarding.count(filter), "/espace/onboarding/?retard=true&tri=DUE");
    }

    private Section thisWeek() {
        Instant from = LocalDate.now(clock).atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant to = LocalDate.now(clock).plusDays(7).atStartOfDay(ClockProducer.ZONE).toInstant();
        List<Item> items = new ArrayList<>();
        for (Booking b : meetings.between(from, to)) {
            items.add(new Item(b.getCpas().getName(), StoredText.of("home.meeting", StoredText.label(
                    "MeetingSubject." + b.getSubject()), b.getPlace()), "/espace/rendez-vous/detail?id=" + b.getId(),
                    null, b.getStartAt(), false));
        }
        for (PresentationSession s : sessions.between(from, to)) {
            items.add(new Item(s.getTitle(), StoredText.of("home.session", s.getPlace()),
                    "/espace/seances/seance?id=" + s.getId(), null, s.getStartAt(), false));
        }
        items.sort(Comparator.comparing(Item::at));
        return section("week", "home.week", items, items.size(), "/espace/agenda/");
    }

    private Section attendance() {
        List<PresentationSession> past = sessions.awaitingAttendance();
        List<Item> items = past.stream().limit(SHOWN).map(s -> new Item(s.getTitle(), StoredText.of("home.attendance"),
                "/espace/seances/seance?id=" + s.getId(), null, s.getStartAt(), false)).toList();
        return section("attendance", "home.attendances", items, past.size(), "/espace/seances/");
    }

    private Section afterSessions() {
        List<SessionRegistration> toFollowUp = sessions.toFollowUp();
        List<Item> items = toFollowUp.stream().limit(SHOWN).map(r -> new Item(r.getCpasName(),
                StoredText.of("home.afterSession", r.getContactName()),
                "/espace/seances/seance?id=" + r.getSessionId(), null, null, false)).toList();
        return section("after-sessions", "home.afterSessions", items, toFollowUp.size(), "/espace/seances/");
    }

    private Section nextMeetings() {
        List<Booking> upcoming = meetings.upcoming();
        List<Item> items = upcoming.stream().limit(SHOWN).map(b -> new Item(null, StoredText.of("home.meeting",
                StoredText.label("MeetingSubject." + b.getSubject()), b.getPlace()),
                "/espace/rendez-vous/detail?id=" + b.getId(), null, b.getStartAt(), false)).toList();
        return section("meetings", "home.meetings", items, upcoming.size(), "/espace/rendez-vous/");
    }

    private Section tasks() {
        List<CaseTask> due = followUp.dueSoon();
        LocalDate today = cases.today();
        List<Item> items = due.stream().limit(TASKS_SHOWN).map(t -> new Item(cases.nameOf(t.getCaseFileId()), t.getTitle(),
                "/espace/dossiers/dossier?id=" + t.getCaseFileId(), t.getDueOn(), null, t.getDueOn().isBefore(today)))
                .toList();
        return section("tasks", "home.tasks", items, due.size(), "/espace/dossiers/?traiter=true&tri=echeance");
    }

    private Section casesToDealWith() {
        CaseFilter filter = new CaseFilter(null, null, true, true);
        long count = cases.count(filter);
        List<Item> items = cases.page(filter, 0, SHOWN).stream().map(c -> new Item(
                c.getBeneficiary().getLastName() + " " + c.getBeneficiary().getFirstName(),
                c.getProposalsOpen() > 0 ? StoredText.of("home.case.proposals", c.getProposalsOpen())
                        : StoredText.of("home.case.due"),
                "/espace/dossiers/dossier?id=" + c.getId(), c.getNextDueOn(), null, c.getNextDueOn() != null
                        && c.getNextDueOn().isBefore(cases.today()))).toList();
        return section("cases", "home.cases", items, count, "/espace/dossiers/?traiter=true&tri=echeance");
    }

    private Section waitingProposals() {
        List<Proposal> waiting = employers.waitingProposals();
        List<Item> items = waiting.stream().limit(SHOWN).map(p -> new Item(cases.nameOf(p.getCaseFileId()),
                StoredText.of("home.proposal", StoredText.label("ProposalStatus." + p.getStatus()),
                        p.getNeed().getTitle(), p.getNeed().getEmployer().getName()),
                "/espace/employeurs/besoin?id=" + p.getNeed().getId(), null, p.getUpdatedAt(), false)).toList();
        return section("proposals", "home.proposals", items, waiting.size(), "/espace/employeurs/");
    }

    private Section failingMails() {
        List<OutboxMessage> failing = mailer.failing();
        List<Item> items = failing.stream().limit(SHOWN).map(m -> new Item(m.getRecipient(), m.getSubject(),
                "/espace/outbox/", null, m.getNextAttemptAt(), true)).toList();
        return section("outbox", "home.outbox", items, failing.size(), "/espace/outbox/");
    }

    /**
     * Whom a notification is about, named at display time: a notification stores no beneficiary's name, its case's page (and
     * this line) shows it to those who may see the case.
     */
    private String subjectOf(String link) {
        String prefix = "/espace/dossiers/dossier?id=";
        if (link.startsWith(prefix)) {
            try {
                return cases.nameOf(Long.parseLong(link.substring(prefix.length()).replaceFirst("#.*", "")));
            } catch (NotFoundException | NumberFormatException gone) {
                return null;
            }
        }
        return null;
    }

    private static String requestLink(CollaborationRequest request) {
        return "/espace/onboarding/demande?id=" + request.getId();
    }

    private static Section section(String id, String heading, List<Item> items, long count, String allLink) {
        return new Section(id, heading, items, Math.max(count, items.size()), allLink);
    }
}
