package be.miresem.rebond.announcement;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A piece of news from the officer to the partner CPAS (a new employer need, a training, a change of dates): to all
 * of them, or to the chosen ones ({@code announcement_cpas}). Not public. Its text goes through the site's Markdown
 * sanitiser, like messages.
 */
@Entity
@Table(name = "announcement")
public class Announcement extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 150;
    public static final int BODY_MAX = 4000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(nullable = false, length = 254, updatable = false)
    private String author;

    @Column(name = "to_all", nullable = false)
    private boolean toAll;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "announcement_cpas", joinColumns = @JoinColumn(name = "announcement_id"))
    @Column(name = "cpas_id")
    private Set<Long> cpasIds = new HashSet<>();

    protected Announcement() {
    }

    Announcement(String title, String body, String author, boolean toAll, Set<Long> cpasIds) {
        this.title = title;
        this.body = body;
        this.author = author;
        this.toAll = toAll;
        this.cpasIds = toAll ? new HashSet<>() : new HashSet<>(cpasIds);
    }

    /** Whether the agents of this CPAS see it. */
    public boolean addressedTo(long cpasId) {
        return toAll || cpasIds.contains(cpasId);
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    /** The text as safe HTML (the site's Markdown sanitiser: links, emphasis, lists). */
    public String getBodyHtml() {
        return be.miresem.rebond.site.SafeMarkdown.toHtml(body);
    }

    public String getAuthor() {
        return author;
    }

    public boolean isToAll() {
        return toAll;
    }

    public Set<Long> getCpasIds() {
        return Set.copyOf(cpasIds);
    }
}
