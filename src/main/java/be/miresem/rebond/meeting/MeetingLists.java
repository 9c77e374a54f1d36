package be.miresem.rebond.meeting;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.CpasRepository;
import be.miresem.rebond.partner.CpasStatus;
import be.miresem.rebond.shared.security.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The lists of meetings the pages show: a CPAS's upcoming and past meetings (all upcoming ones for the officer),
 * the officer's agenda, and the partners the officer can book for. Read only, except the access-log lines of the
 * cases whose meeting notes a list shows. Bookings themselves are {@link MeetingScheduling}'s.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingLists {

    @Inject
    private BookingRepository bookings;

    @Inject
    private CpasRepository cpasRepository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private CaseFiles cases;

    /** The caller's CPAS's upcoming bookings (all of them for an officer). */
    public List<Booking> upcoming() {
        requireSignedIn();
        Cpas cpas = currentUser.getCpas();
        Instant now = clock.instant();
        return cpas == null ? bookings.findUpcoming(now) : bookings.findUpcomingForCpas(cpas, now);
    }

    /** The caller's CPAS's past meetings with their notes (the last 20). Partners only; empty for officers. */
    public List<Booking> past() {
        requireSignedIn();
        Cpas cpas = currentUser.getCpas();
        List<Booking> past = cpas == null ? List.of() : bookings.findPastForCpas(cpas, clock.instant(), 20);
        List<Long> caseIds = past.stream().map(Booking::getCaseFileId).filter(Objects::nonNull).toList();
        if (!caseIds.isEmpty()) {
            // The notes of a meeting about a person are shown: the person's case logs it.
            cases.recordShown(caseIds, "rendez-vous passés (notes)");
        }
        return past;
    }

    /** Active bookings between two instants: the officer's agenda. Officers only. */
    public List<Booking> between(Instant from, Instant to) {
        currentUser.requireOfficer();
        return bookings.findBetween(from, to);
    }

    /** The CPAS the officer can book for: the active partners. */
    public List<Cpas> partners() {
        currentUser.requireOfficer();
        return cpasRepository.findByStatus(CpasStatus.ACTIVE);
    }

    private void requireSignedIn() {
        if (!currentUser.isSignedIn()) {
            throw new AccessDeniedException("Signed-in users only");
        }
    }
}
