package be.miresem.rebond.site;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.BaseEntity;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.web.PublicContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The public site's content. Reading published content is open to everyone; every change is for
 * officers only, refuses to overwrite a newer version ({@link EditConflictException}) and tells the
 * page cache ({@link PublicContentChanged}).
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class SiteService {

    public static final int NEWS_PER_PAGE = 10;

    @Inject
    private SiteRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private Event<PublicContentChanged> changed;

    @Inject
    private AuditTrail audit;

    /** Published news for page {@code number} (1-based; out-of-range numbers give the nearest page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NewsPage publishedNews(int number) {
        LocalDate today = LocalDate.now(clock);
        long count = repository.countPublishedNews(today);
        int totalPages = (int) Math.max(1, (count + NEWS_PER_PAGE - 1) / NEWS_PER_PAGE);
        int page = Math.min(Math.max(1, number), totalPages);
        return new NewsPage(repository.findPublishedNews(today, (page - 1) * NEWS_PER_PAGE, NEWS_PER_PAGE), page,
                totalPages);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NewsItem> latestNews(int max) {
        return repository.findPublishedNews(LocalDate.now(clock), 0, max);
    }

    /** A published news item by its slug; drafts and future items do not exist for the public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NewsItem publishedNews(String slug) {
        return repository.findNewsBySlug(slug)
                .filter(n -> n.isPublished() && !n.getPublishedOn().isAfter(LocalDate.now(clock)))
                .orElseThrow(() -> new NotFoundException("No published news " + slug));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Testimonial> visibleTestimonials() {
        return repository.findVisibleTestimonials();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FaqEntry> faq() {
        return repository.findFaq();
    }

    // ---- officer: editing ----

    /** Throws unless the caller may edit the site's content (officers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkEditor() {
        currentUser.requireOfficer();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NewsItem> allNews() {
        currentUser.requireOfficer();
        return repository.findAllNews();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Testimonial> allTestimonials() {
        currentUser.requireOfficer();
        return repository.findAllTestimonials();
    }

    /** Any item by id, for editing. Officers only; 404 when absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T extends BaseEntity> T forEditing(Class<T> type, long id) {
        currentUser.requireOfficer();
        return repository.find(type, id).orElseThrow(() -> new NotFoundException(type.getSimpleName() + " " + id));
    }

    /**
     * Creates (id null) or updates a news item from the form. A new item gets a unique slug made from
     * its title; an existing one keeps its slug, so published addresses never change.
     */
    public NewsItem saveNews(Long id, long expectedVersion, @Valid NewsItem form) {
        currentUser.requireOfficer();
        if (id == null) {
            form.setSlug(uniqueSlug(form.getTitle()));
            return created(form);
        }
        return updated(NewsItem.class, id, expectedVersion, form, NewsItem::copyFrom);
    }

    public Testimonial saveTestimonial(Long id, long expectedVersion, @Valid Testimonial form) {
        currentUser.requireOfficer();
        if (id == null) {
            return created(form);
        }
        return updated(Testimonial.class, id, expectedVersion, form, Testimonial::copyFrom);
    }

    public FaqEntry saveFaq(Long id, long expectedVersion, @Valid FaqEntry form) {
        currentUser.requireOfficer();
        if (id == null) {
            return created(form);
        }
        return updated(FaqEntry.class, id, expectedVersion, form, FaqEntry::copyFrom);
    }

    /** The Miresem's contact details as published (a new, empty copy when none is stored). Public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactDetails contactDetails() {
        return repository.findContactDetails().orElseGet(ContactDetails::new);
    }

    /** The places where the officer meets partners, in the officer's order. Public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingPlace> meetingPlaces() {
        return repository.findMeetingPlaces();
    }

    /**
     * Saves the contact details and replaces the meeting places with these (blank names dropped). Officers only;
     * refuses to overwrite a newer version of the details.
     */
    public void saveContactDetails(long expectedVersion, @Valid ContactDetails form, List<MeetingPlace> places) {
        currentUser.requireOfficer();
        ContactDetails stored = repository.findContactDetails().orElse(null);
        if (stored == null) {
            repository.persist(form);
        } else {
            if (stored.getVersion() != expectedVersion) {
                throw new EditConflictException();
            }
            stored.copyFrom(form);
        }
        for (MeetingPlace old : repository.findMeetingPlaces()) {
            repository.remove(old);
        }
        repository.flush();
        for (MeetingPlace place : places) {
            if (place.getName() != null && !place.getName().isBlank()) {
                repository.persist(place);
            }
        }
        audit.record("site.contact", "ContactDetails", null);
        changed.fire(new PublicContentChanged("ContactDetails"));
    }

    /** Deletes an item; officers only. */
    public void delete(Class<? extends BaseEntity> type, long id) {
        currentUser.requireOfficer();
        repository.remove(forEditing(type, id));
        audit.record("site.delete", type.getSimpleName() + "#" + id, null);
        changed.fire(new PublicContentChanged(type.getSimpleName()));
    }

    /** Loads demo or initial content without a signed-in user (start-up only). */
    public void seed(List<? extends BaseEntity> items) {
        for (BaseEntity item : items) {
            if (item instanceof NewsItem news && news.getSlug() == null) {
                news.setSlug(uniqueSlug(news.getTitle()));
            }
            repository.persist(item);
            repository.flush();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasContent() {
        return !repository.findAllTestimonials().isEmpty() || !repository.findFaq().isEmpty()
                || !repository.findAllNews().isEmpty();
    }

    private <T extends BaseEntity> T created(T item) {
        repository.persist(item);
        repository.flush();
        audit.record("site.create", item.getClass().getSimpleName() + "#" + item.getId(), null);
        changed.fire(new PublicContentChanged(item.getClass().getSimpleName()));
        return item;
    }

    private <T extends BaseEntity> T updated(Class<T> type, long id, long expectedVersion, T form,
            BiConsumer<T, T> copy) {
        T managed = forEditing(type, id);
        if (managed.getVersion() != expectedVersion) {
            throw new EditConflictException();
        }
        copy.accept(managed, form);
        try {
            repository.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException();
        }
        audit.record("site.update", type.getSimpleName() + "#" + id, null);
        changed.fire(new PublicContentChanged(type.getSimpleName()));
        return managed;
    }

    private String uniqueSlug(String title) {
        String base = Slugs.from(title);
        for (int n = 1; ; n++) {
            String candidate = Slugs.variant(base, n);
            Optional<NewsItem> taken = repository.findNewsBySlug(candidate);
            if (taken.isEmpty()) {
                return candidate;
            }
        }
    }
}
