package be.miresem.rebond.home.web;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.home.ToDoList;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The space's navigation, grouped: the officer's À faire · Partenaires · Agenda · Dossiers · Pilotage · Administration,
 * an agent's shorter list, each link with the to-do's count. The template shows the groups as a bar and the current
 * group's pages below it on a wide screen, and everything in one disclosure menu on a phone.
 */
@Named("navigation")
@RequestScoped
public class NavigationBacking {

    /** A page of the space, with its count from the to-do ("3 à traiter") when there is one. */
    public record Link(String label, String path, String count, boolean alert, boolean current) {
    }

    /** A group of pages; its address is its first page's, its count the sum of its pages'. */
    public record Group(String label, String path, String count, boolean alert, boolean current, List<Link> links) {
        /** Whether the group is one page only (no second row of links under it). */
        public boolean single() {
            return links.size() == 1;
        }
    }

    @Inject
    private CurrentUser currentUser;

    @Inject
    private HomeBacking home;

    private List<Group> groups;

    public List<Group> getGroups() {
        if (groups == null) {
            groups = build(FacesContext.getCurrentInstance().getViewRoot().getViewId());
        }
        return groups;
    }

    /** The group of the page shown (its links form the second row), or null outside the groups. */
    public Group getCurrent() {
        return getGroups().stream().filter(Group::current).findFirst().orElse(null);
    }

    /** Everything waiting in the to-do, shown on the phone's menu button. */
    public long getTotal() {
        ToDoList.Counts counts = home.getCounts();
        return counts.news() + counts.requests() + counts.cases() + counts.outbox() + counts.conversations();
    }

    /** The signed-in person's unread notifications: the header's notification centre link. */
    public long getUnseenNotifications() {
        return home.getCounts().news();
    }

    /** A count as the header shows it on a small badge: up to 99, then "99+". */
    public String shortCount(long count) {
        return count > 99 ? "99+" : Long.toString(count);
    }

    private List<Group> build(String view) {
        ToDoList.Counts counts = home.getCounts();
        Link todo = link(view, "espace.nav.home", "/espace/", "espace.nav.newCount", counts.news(), false,
                "/espace/index.xhtml", "/espace/nouveautes/");
        Link meetings = link(view, "espace.nav.meetings", "/espace/rendez-vous/", null, 0, false,
                "/espace/rendez-vous/");
        Link dashboard = link(view, "espace.nav.dashboard", "/espace/tableau-de-bord/", null, 0, false,
                "/espace/tableau-de-bord/index.xhtml", "/espace/tableau-de-bord/liste.xhtml");
        Link conversations = link(view, "espace.nav.conversations", "/espace/echanges/", "espace.nav.unseenCount",
                counts.conversations(), false, "/espace/echanges/");
        Link announcements = link(view, "espace.nav.announcements", "/espace/annonces/", null, 0, false,
                "/espace/annonces/");
        if (!currentUser.isOfficer()) {
            return List.of(group("espace.nav.group.todo", todo),
                    group("espace.nav.cases", link(view, "espace.nav.cases", "/espace/dossiers/",
                            "espace.nav.todoCount", counts.cases(), false, "/espace/dossiers/")),
                    group("espace.nav.meetings", meetings),
                    group("espace.nav.conversations", conversations, announcements),
                    group("espace.nav.dashboard", dashboard));
        }
        return List.of(group("espace.nav.group.todo", todo),
                group("espace.nav.group.partners",
                        link(view, "espace.nav.onboarding", "/espace/onboarding/", "espace.nav.newRequestsCount",
                                counts.requests(), false, "/espace/onboarding/"),
                        link(view, "espace.nav.cpas", "/espace/cpas/", null, 0, false, "/espace/cpas/"),
                        link(view, "espace.nav.sessions", "/espace/seances/", null, 0, false, "/espace/seances/"),
                        conversations, announcements),
                group("espace.nav.group.agenda", meetings,
                        link(view, "espace.nav.agenda", "/espace/agenda/", null, 0, false, "/espace/agenda/"),
                        link(view, "espace.nav.availability", "/espace/disponibilites/", null, 0, false,
                                "/espace/disponibilites/")),
                group("espace.nav.group.cases",
                        link(view, "espace.nav.beneficiaries", "/espace/dossiers/", "espace.nav.todoCount",
                                counts.cases(), false, "/espace/dossiers/"),
                        link(view, "espace.nav.employers", "/espace/employeurs/", null, 0, false, "/espace/employeurs/")),
                group("espace.nav.group.steering", dashboard,
                        link(view, "espace.nav.report", "/espace/tableau-de-bord/rapport", null, 0, false,
                                "/espace/tableau-de-bord/rapport.xhtml"),
                        link(view, "espace.nav.satisfaction", "/espace/satisfaction/", null, 0, false,
                                "/espace/satisfaction/")),
                group("espace.nav.group.admin",
                        link(view, "espace.nav.accounts", "/espace/comptes/", null, 0, false, "/espace/comptes/"),
                        link(view, "espace.nav.content", "/espace/contenu/", null, 0, false, "/espace/contenu/"),
                        link(view, "espace.nav.audit", "/espace/journal/", null, 0, false, "/espace/journal/"),
                        link(view, "espace.nav.outbox", "/espace/outbox/", "espace.nav.failedCount", counts.outbox(),
                                true, "/espace/outbox/"),
                        link(view, "espace.nav.backups", "/espace/sauvegardes/", null, 0, false,
                                "/espace/sauvegardes/")));
    }

    /**
     * A link, current when the view is one of {@code views} (a page, "….xhtml") or under one of them (a folder).
     */
    private static Link link(String view, String label, String path, String countKey, long count, boolean alert,
            String... views) {
        boolean current = java.util.Arrays.stream(views)
                .anyMatch(v -> v.endsWith(".xhtml") ? view.equals(v) : view.startsWith(v));
        return new Link(Messages.text(label), path, count > 0 && countKey != null ? Messages.text(countKey, count) : null,
                alert, current);
    }

    /** A group; it shows the count of its first link that has one (each group has one count at most). */
    private static Group group(String label, Link... links) {
        Link counted = java.util.Arrays.stream(links).filter(l -> l.count() != null).findFirst().orElse(null);
        boolean current = java.util.Arrays.stream(links).anyMatch(Link::current);
        return new Group(Messages.text(label), links[0].path(), counted == null ? null : counted.count(),
                counted != null && counted.alert(), current, List.of(links));
    }
}
