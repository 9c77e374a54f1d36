package be.miresem.rebond.casefile;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Writes in a case what other features did about it, in their transaction: the meetings about the beneficiary
 * ({@link MeetingOnCase}: booked, reported on, cancelled) and every step of a proposal ({@link JobOnCase}). The
 * other features fire these events and never reach into the case file themselves.
 */
@ApplicationScoped
public class CaseEvents {

    @Inject
    private CaseFiles cases;

    @Inject
    private CaseFollowUp followUp;

    @Inject
    private CaseFileAccess access;

    @Inject
    private AccountService accounts;

    @Inject
    private Notifications notifications;

    void onMeeting(@Observes MeetingOnCase meeting) {
        if (cases.cpasIdOf(meeting.caseFileId()) != meeting.cpasId()) {
            throw new CaseFileException("caseId", "rendezvous.case.invalid");
        }
        String key = switch (meeting.what()) {
            case BOOKED -> "casefile.journal.meeting.booked";
            case CANCELLED -> "casefile.journal.meeting.cancelled";
            case NOTE -> "casefile.journal.meeting.note";
        };
        followUp.addEntry(meeting.caseFileId(), LocalDate.ofInstant(meeting.startAt(), ClockProducer.ZONE),
                JournalEntryType.MEETING, StoredText.of(key, StoredText.at(meeting.startAt()),
                        StoredText.label("MeetingSubject." + meeting.subject()), meeting.note()));
    }

    void onJob(@Observes JobOnCase job) {
        String step = switch (job.what()) {
            case PROPOSED -> StoredText.of("casefile.journal.job.proposed", job.jobTitle(), job.employerName());
            case INTERVIEW -> StoredText.of("casefile.journal.job.interview", job.jobTitle(), job.employerName());
            case HIRED -> StoredText.of("casefile.journal.job.hired", job.jobTitle(), job.employerName());
            case REFUSED -> StoredText.of("casefile.journal.job.refused", job.jobTitle(), job.employerName(),
                    job.reason());
        };
        followUp.addEntry(job.caseFileId(), job.on(), job.what() == JobOnCase.What.INTERVIEW
                ? JournalEntryType.INTERVIEW : JournalEntryType.OFFER_SENT, step);
        CaseFile caseFile = access.visible(job.caseFileId());
        caseFile.proposalsOpen(switch (job.what()) {
            case PROPOSED -> 1;
            case INTERVIEW -> 0;
            case HIRED, REFUSED -> -1;
        });
        if (job.what() == JobOnCase.What.HIRED) {
            // The hire answers the question "what after the contract?": recorded at the contract's end, or at the
            // hire when it comes later.
            LocalDate end = caseFile.getContractEnd();
            LocalDate observed = job.on().isAfter(end) ? job.on() : end;
            followUp.addOutcome(job.caseFileId(), observed, job.situation(), job.employerName(), job.hoursPerWeek());
            cases.moveTo(job.caseFileId(), CaseStatus.EMPLOYED, null);
        }
        // The case's agent hears of every step, as they chose to (the e-mail names no one). A notification keeps no
        // free text about the person (a refusal's reason stays in the case, where erasure reaches it).
        String news = job.what() == JobOnCase.What.REFUSED
                ? StoredText.of("notification.case.refused", job.jobTitle(), job.employerName()) : step;
        String link = "/espace/dossiers/dossier?id=" + caseFile.getId();
        for (String agent : accounts.agentsToTell(caseFile.getCpas().getId(), caseFile.getBeneficiary().getConsentBy())) {
            notifications.tell(agent, NotificationKind.CASE, news, link, "mail.caseNews");
        }
    }
}
