package be.miresem.rebond.announcement;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * The officer's announcements to the partner CPAS: she posts one to all partners or to chosen ones; their agents are
 * told (as each chose on "Mon compte"), see it on their home page until they read it, and never see one addressed
 * to another CPAS (404). Officers see them all, with how many people read each.
 */
@ApplicationScoped
@Transactional
public class Announcements {

    private static final int LIST_MAX = 100;

    @Inject
    private AnnouncementRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PartnerService partners;

    @Inject
    private AccountService accounts;

    @Inject
    private Notifications notifications;

    @Inject
    private AuditTrail audit;

    /** An announcement as its reader sees it in a list: read yet or not, and (for the officer) how many read it. */
    public record Shown(Announcement announcement, boolean unread, long readers) {
    }

    /** The officer posts an announcement; the agents of the CPAS it is addressed to are told. */
    public Announcement publish(String title, String body, boolean toAll, Set<Long> cpasIds) {
        currentUser.requireOfficer();
        String cleanTitle = title == null ? "" : title.strip();
        String cleanBody = body == null ? "" : body.strip();
        if (cleanTitle.isEmpty()) {
            throw new Refusal("announcementTitle", "annonces.title.required");
        }
        if (cleanTitle.length() > Announcement.TITLE_MAX) {
            throw new Refusal("announcementTitle", "annonces.title.tooLong", Announcement.TITLE_MAX);
        }
        if (cleanBody.isEmpty()) {
            throw new Refusal("announcementBody", "annonces.body.required");
        }
        if (cleanBody.length() > Announcement.BODY_MAX) {
            throw new Refusal("announcementBody", "annonces.body.tooLong", Announcement.BODY_MAX);
        }
        List<Cpas> addressed = partners.listPartners().stream()
                .filter(c -> toAll || cpasIds.contains(c.getId())).toList();
        if (addressed.isEmpty()) {
            throw new Refusal("audience", "annonces.audience.required");
        }
        Announcement announcement = new Announcement(cleanTitle, cleanBody, currentUser.getEmail(), toAll,
                addressed.stream().map(Cpas::getId).collect(java.util.stream.Collectors.toSet()));
        repository.add(announcement);
        String news = StoredText.of("notification.announcement", cleanTitle);
        for (Cpas cpas : addressed) {
            for (String agent : accounts.activePartnerEmails(cpas)) {
                notifications.tell(agent, NotificationKind.ANNOUNCEMENT, news, link(announcement.getId()));
            }
        }
        audit.record("announcement.publish", "Announcement#" + announcement.getId(), cleanTitle);
        return announcement;
    }

    /** The announcements the signed-in person may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shown> visible() {
        if (currentUser.isOfficer()) {
            return repository.all(LIST_MAX).stream()
                    .map(a -> new Shown(a, false, repository.readers(a.getId()))).toList();
        }
        Set<Long> read = repository.readBy(currentUser.getEmail());
        return repository.forCpas(ownCpas(), LIST_MAX).stream()
                .map(a -> new Shown(a, !read.contains(a.getId()), 0)).toList();
    }

    /** An agent's unread announcements: their home page shows them until read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Announcement> unread() {
        if (currentUser.isOfficer() || currentUser.getCpas() == null) {
            return List.of();
        }
        return visible().stream().filter(Shown::unread).map(Shown::announcement).toList();
    }

    /** Opens one announcement (404 if not addressed to the reader's CPAS); an agent has read it from now on. */
    public Announcement open(long id) {
        Announcement announcement = repository.findById(id)
                .filter(a -> currentUser.isOfficer() || a.addressedTo(ownCpas()))
                .orElseThrow(() -> new NotFoundException("announcement " + id));
        if (!currentUser.isOfficer() && !repository.hasRead(id, currentUser.getEmail())) {
            repository.addRead(new AnnouncementRead(id, currentUser.getEmail()));
        }
        notifications.seenAbout(link(id));
        return announcement;
    }

    private long ownCpas() {
        Cpas cpas = currentUser.getCpas();
        if (cpas == null) {
            throw new NotFoundException("no CPAS");
        }
        return cpas.getId();
    }

    private static String link(long id) {
        return "/espace/annonces/?id=" + id;
    }
}
