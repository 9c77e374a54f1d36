package be.miresem.rebond.casefile;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Who may see which case, written once for the feature's services: the officer sees every case, an insertion
 * agent only those of their own CPAS (another CPAS's case is a 404, never a 403, so its existence does not leak);
 * and the line each read, change and export of a case writes in its access log, in the caller's transaction.
 */
@ApplicationScoped
public class CaseFileAccess {

    @Inject
    private CaseFileRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private Instance<CaseViews> views;

    /** The case, if the caller may see it; 404 otherwise (403 for nobody signed in). */
    CaseFile visible(long id) {
        requireSignedIn();
        CaseFile caseFile = repository.findById(id).orElse(null);
        if (caseFile == null || !currentUser.isOfficer() && !caseFile.getCpas().equals(currentUser.getCpas())) {
            throw new NotFoundException("case " + id);
        }
        return caseFile;
    }

    /** Officer-only views of a case do not exist for anyone else: 404, like another CPAS's case. */
    void requireOfficerElseNotFound(long id) {
        if (!currentUser.isOfficer()) {
            throw new NotFoundException("case " + id);
        }
    }

    void requireSignedIn() {
        if (!currentUser.isSignedIn()) {
            throw new AccessDeniedException("Signed-in users only");
        }
    }

    /** The CPAS whose cases the caller sees: null for the officer (every CPAS). */
    Cpas scope() {
        requireSignedIn();
        return currentUser.isOfficer() ? null : requireCpas();
    }

    Cpas requireCpas() {
        Cpas cpas = currentUser.getCpas();
        if (cpas == null) {
            throw new AccessDeniedException("No CPAS");
        }
        return cpas;
    }

    /** A line in the case's access log: who, when, what. */
    void log(CaseFile caseFile, CaseAccess.Action action, String details) {
        repository.add(new CaseAccess(caseFile.getId(), clock.instant(), currentUser.getEmail(), action, details));
    }

    /**
     * A READ line for each case whose personal data a page shows, once per case and reason in a request (a page
     * that names a case twice writes one line). Needs the caller's transaction.
     */
    void shown(Collection<Long> caseIds, String where) {
        CaseViews views = requestViews();
        for (Long id : new LinkedHashSet<>(caseIds)) {
            if (views == null || views.first(id, where)) {
                repository.add(new CaseAccess(id, clock.instant(), currentUser.getEmail(), CaseAccess.Action.READ,
                        where));
            }
        }
    }

    private CaseViews requestViews() {
        try {
            CaseViews views = this.views.get();
            views.toString(); // resolves the request-scoped instance now: outside a request this throws
            return views;
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }
}
