package be.miresem.rebond.announcement.web;

import be.miresem.rebond.announcement.Announcement;
import be.miresem.rebond.announcement.Announcements;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Backs /espace/annonces/ (the list; {@code ?id=N} opens one and marks it read) with the officer's form to post one,
 * and the agents' unread announcements on their home page. A refused form keeps what was typed and chosen.
 */
@Named
@RequestScoped
public class AnnouncementsBacking {

    @Inject
    private Announcements announcements;

    @Inject
    private PartnerService partners;

    private Long id;
    private String title;
    private String body;
    private static final String TO_ALL = "all";
    private static final String TO_SOME = "some";

    private String audience = TO_ALL;
    private Set<Long> chosen;
    private List<Announcements.Shown> list;
    private List<Announcement> unread;
    private List<Cpas> known;

    /** The view action: opens the announcement asked for (404 if it is not for the reader). */
    public void open() {
        if (id != null) {
            announcements.open(id);
        }
    }

    public String publish() {
        setAudience(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("audience"));
        try {
            announcements.publish(title, body, TO_ALL.equals(audience), getChosen());
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("annonces.published");
        return "/espace/annonces/index?faces-redirect=true";
    }

    public List<Announcements.Shown> getList() {
        if (list == null) {
            list = announcements.visible();
        }
        return list;
    }

    public List<Announcement> getUnread() {
        if (unread == null) {
            unread = announcements.unread();
        }
        return unread;
    }

    /** The partner CPAS the officer may address. */
    public List<Cpas> getPartners() {
        return partners.listPartners();
    }

    /** The CPAS ticked in the form (checkboxes {@code cpas}), kept when the form is refused. */
    public Set<Long> getChosen() {
        if (chosen == null) {
            String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                    .getOrDefault("audienceCpas", new String[0]);
            chosen = new LinkedHashSet<>();
            Arrays.stream(values).filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).forEach(chosen::add);
        }
        return chosen;
    }

    /** The names of the CPAS an announcement was addressed to (the officer's list). */
    public String audienceNames(Announcement announcement) {
        if (known == null) {
            known = partners.listAll();
        }
        return known.stream().filter(c -> announcement.getCpasIds().contains(c.getId()))
                .map(Cpas::getName).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean isChosen(long cpasId) {
        return getChosen().contains(cpasId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = TO_SOME.equals(audience) ? TO_SOME : TO_ALL;
    }

    /** The values of the audience's two choices: every partner, or the CPAS ticked. */
    public String getToAll() {
        return TO_ALL;
    }

    public String getToSome() {
        return TO_SOME;
    }
}
