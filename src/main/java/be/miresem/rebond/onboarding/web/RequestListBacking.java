package be.miresem.rebond.onboarding.web;

import be.miresem.rebond.onboarding.CollaborationRequest;
import be.miresem.rebond.onboarding.OnboardingService;
import be.miresem.rebond.onboarding.OnboardingStage;
import be.miresem.rebond.onboarding.RequestFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs /espace/onboarding/: the officer's list of requests. Filters, sort and page are in the address
 * (etape, commune, retard, q, tri, page), so a filtered list can be bookmarked, shared and exported.
 */
@Named
@RequestScoped
public class RequestListBacking {

    public static final int PAGE_SIZE = 25;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private Clock clock;

    private String stage;
    private String commune;
    private boolean overdue;
    private String text;
    private String sort;
    private int page = 1;
    private List<CollaborationRequest> requests;
    private Long total;

    public RequestFilter filter() {
        return new RequestFilter(parse(OnboardingStage.class, stage), commune, overdue, text,
                parse(RequestFilter.Sort.class, sort));
    }

    public String apply() {
        return "/espace/onboarding/index?faces-redirect=true&includeViewParams=true";
    }

    public List<CollaborationRequest> getRequests() {
        if (requests == null) {
            requests = onboarding.list(filter(), (Math.max(1, page) - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return requests;
    }

    public long getTotal() {
        if (total == null) {
            total = onboarding.count(filter());
        }
        return total;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The current filter as query parameters (for paging links and the CSV export). */
    public String getQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "etape", stage);
        append(query, "commune", commune);
        append(query, "retard", overdue ? "true" : null);
        append(query, "q", text);
        append(query, "tri", sort);
        return query.toString();
    }

    public boolean isOverdue(CollaborationRequest request) {
        return request.isOverdue(LocalDate.now(clock));
    }

    public OnboardingStage[] getStages() {
        return OnboardingStage.values();
    }

    public RequestFilter.Sort[] getSorts() {
        return RequestFilter.Sort.values();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
