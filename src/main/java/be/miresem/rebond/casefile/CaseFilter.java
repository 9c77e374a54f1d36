package be.miresem.rebond.casefile;

/**
 * What the case list shows: optionally one status, names beginning so, only the cases to deal with ("à traiter": a
 * task due or late, a proposal waiting for an employer's answer), by name or by next deadline.
 */
public record CaseFilter(CaseStatus status, String name, boolean todoOnly, boolean byDeadline) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, false, false);
    }

    public static CaseFilter of(CaseStatus status) {
        return new CaseFilter(status, null, false, false);
    }
}
