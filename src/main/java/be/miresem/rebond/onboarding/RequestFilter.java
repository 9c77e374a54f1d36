package be.miresem.rebond.onboarding;

/**
 * What the officer's request list shows: optional stage, commune, overdue-only and free text, and a sort order.
 * Nulls mean "any".
 */
public record RequestFilter(OnboardingStage stage, String commune, boolean overdueOnly, String text, Sort sort) {

    /** Sort orders of the list. Labels: {@code RequestFilter.Sort.X}. */
    public enum Sort {
        NEWEST("r.createdAt desc, r.id desc"),
        OLDEST("r.createdAt asc, r.id asc"),
        DUE("r.nextActionDue asc, r.id asc"),
        CPAS("r.cpasName asc, r.id asc");

        private final String jpql;

        Sort(String jpql) {
            this.jpql = jpql;
        }

        String jpql() {
            return jpql;
        }
    }

    public RequestFilter {
        commune = blankToNull(commune);
        text = blankToNull(text);
        sort = sort == null ? Sort.NEWEST : sort;
    }

    public static RequestFilter all() {
        return new RequestFilter(null, null, false, null, Sort.NEWEST);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
