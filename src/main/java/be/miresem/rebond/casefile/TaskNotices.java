package be.miresem.rebond.casefile;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.notification.DayBegins;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells people about tasks: a task added to a case reaches the other side (the CPAS's agents when the officer adds
 * it, the case's officer when an agent does); each morning's round tells both sides of the tasks due that day. The
 * notices name the CPAS and the date, never the person or the task's title (which may name them).
 */
@ApplicationScoped
public class TaskNotices {

    @Inject
    private CaseFileRepository repository;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Notifications notifications;

    void added(CaseFile caseFile, LocalDate due) {
        String news = StoredText.of("notification.task.added", caseFile.getCpas().getName(), StoredText.day(due));
        Set<String> people = currentUser.isOfficer() ? agents(caseFile) : officers(caseFile);
        people.remove(currentUser.getEmail());
        people.forEach(person -> notifications.tell(person, NotificationKind.TASK, news, link(caseFile.getId())));
    }

    void onDay(@Observes DayBegins day) {
        for (CaseTask task : repository.findOpenTasksDueOn(day.day())) {
            CaseFile caseFile = repository.findById(task.getCaseFileId()).orElse(null);
            if (caseFile == null || caseFile.getBeneficiary() == null) {
                continue;
            }
            String news = StoredText.of("notification.task.due", caseFile.getCpas().getName());
            Set<String> people = agents(caseFile);
            people.addAll(officers(caseFile));
            people.forEach(person -> notifications.tell(person, NotificationKind.TASK, news, link(caseFile.getId())));
        }
    }

    private Set<String> agents(CaseFile caseFile) {
        return new LinkedHashSet<>(accounts.agentsToTell(caseFile.getCpas().getId(),
                caseFile.getBeneficiary().getConsentBy()));
    }

    private Set<String> officers(CaseFile caseFile) {
        List<String> active = accounts.activeOfficerEmails();
        String officer = caseFile.getOfficerEmail();
        return new LinkedHashSet<>(officer != null && active.contains(officer) ? List.of(officer) : active);
    }

    private static String link(long caseFileId) {
        return "/espace/dossiers/dossier?id=" + caseFileId;
    }
}
