package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Writes in a case what other features did about it, in their transaction: the meetings about the beneficiary
 * ({@link MeetingOnCase}: booked, reported on, cancelled) and the job offers and hires ({@link JobOnCase}). The
 * other features fire these events and never reach into the case file themselves.
 */
@ApplicationScoped
public class CaseEvents {

    @Inject
    private CaseFiles cases;

    @Inject
    private CaseFollowUp followUp;

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
        switch (job.what()) {
            case OFFER_SENT -> followUp.addEntry(job.caseFileId(), cases.today(), JournalEntryType.OFFER_SENT,
                    job.jobTitle() + " — " + job.employerName());
            case HIRED -> followUp.addOutcome(job.caseFileId(), cases.today(), job.situation(), job.employerName(),
                    job.hoursPerWeek());
        }
    }
}
