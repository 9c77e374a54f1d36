package be.miresem.rebond.casefile;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Set;

/** The cases this request already wrote as shown in their access log, so a page naming a case twice logs it once. */
@RequestScoped
public class CaseViews {

    private final Set<String> logged = new HashSet<>();

    /** True the first time this case is shown for this reason in this request. */
    boolean first(long caseId, String where) {
        return logged.add(caseId + "/" + where);
    }
}
