package be.miresem.rebond.site;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A news item (actualité) of the public site; visible to the public only once published. */
@Entity
@Table(name = "news_item")
@NamedQuery(name = "NewsItem.findPublished", query = "select n from NewsItem n where n.status = "
        + "be.miresem.rebond.site.PublicationStatus.PUBLISHED and n.publishedOn <= :today "
        + "order by n.publishedOn desc, n.id desc")
@NamedQuery(name = "NewsItem.countPublished", query = "select count(n) from NewsItem n where n.status = "
        + "be.miresem.rebond.site.PublicationStatus.PUBLISHED and n.publishedOn <= :today")
@NamedQuery(name = "NewsItem.findBySlug", query = "select n from NewsItem n where n.slug = :slug")
@NamedQuery(name = "NewsItem.findAll", query = "select n from NewsItem n order by n.publishedOn desc, n.id desc")
public class NewsItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 160;
    public static final int SLUG_MAX = 120;
    public static final int SUMMARY_MAX = 400;
    public static final int BODY_MAX = 20000;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, unique = true, length = SLUG_MAX)
    private String slug;

    @NotBlank
    @Size(max = SUMMARY_MAX)
    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @NotBlank
    @Size(max = BODY_MAX)
    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @NotNull
    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status = PublicationStatus.DRAFT;

    public NewsItem() {
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** The body as safe HTML. */
    public String getBodyHtml() {
        return SafeMarkdown.toHtml(body);
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public void setStatus(PublicationStatus status) {
        this.status = status;
    }

    /** Takes the editable fields of another item (the slug, once given, never changes). */
    public void copyFrom(NewsItem other) {
        title = other.title;
        summary = other.summary;
        body = other.body;
        publishedOn = other.publishedOn;
        status = other.status;
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }
}
