package be.miresem.rebond.onboarding.web;

import be.miresem.rebond.onboarding.CollaborationRequest;
import be.miresem.rebond.onboarding.OnboardingService;
import be.miresem.rebond.onboarding.OnboardingStage;
import be.miresem.rebond.onboarding.RequestFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Backs /espace/onboarding/tableau: the requests grouped by stage, with counts. */
@Named
@RequestScoped
public class RequestBoardBacking {

    static final int PER_COLUMN = 50;

    /** One column of the board. */
    public record Column(OnboardingStage stage, long count, List<CollaborationRequest> requests) {
    }

    @Inject
    private OnboardingService onboarding;

    private List<Column> columns;

    public List<Column> getColumns() {
        if (columns == null) {
            columns = new ArrayList<>();
            Map<OnboardingStage, Long> counts = onboarding.countByStage();
            for (OnboardingStage stage : OnboardingStage.values()) {
                long count = counts.getOrDefault(stage, 0L);
                List<CollaborationRequest> requests = count == 0 ? List.of() : onboarding.list(
                        new RequestFilter(stage, null, false, null, RequestFilter.Sort.DUE), 0, PER_COLUMN);
                columns.add(new Column(stage, count, requests));
            }
        }
        return columns;
    }
}
