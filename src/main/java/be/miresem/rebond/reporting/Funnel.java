package be.miresem.rebond.reporting;

import be.miresem.rebond.onboarding.OnboardingStage;
import java.io.Serializable;
import java.util.Map;

/**
 * The onboarding funnel of a period: the requests received in it by the stage they are at now, how many
 * became active partners, the median days it took them, and the next actions overdue today (whatever the
 * period). Merged duplicates are not counted.
 */
public record Funnel(Map<OnboardingStage, Long> byStage, Double medianDaysToPartner, long overdue) implements Serializable {

    public long getTotal() {
        return byStage.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(OnboardingStage stage) {
        return byStage.getOrDefault(stage, 0L);
    }

    public long getActive() {
        return count(OnboardingStage.ACTIVE_PARTNER);
    }

    /** Requests of the period that became active partners, or null without requests. */
    public Double getConversion() {
        return CaseFigures.share(getActive(), getTotal());
    }

    public Double getMedianDaysToPartner() {
        return medianDaysToPartner;
    }

    public long getOverdue() {
        return overdue;
    }
}
