package be.miresem.rebond.reporting;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.CpasRepository;
import be.miresem.rebond.partner.CpasStatus;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards and the public results, with their access rules checked here on the server: the officer sees
 * every CPAS (or one she picks); an insertion agent sees their own CPAS's case indicators and the regional
 * figures as aggregates only (never another CPAS's figures or records); anyone sees the public results, after
 * small-count suppression. The figures themselves come from {@link ReportQueries}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reporting {

    /** At most this many records are listed behind a figure (the total is always shown). */
    public static final int MAX_RECORDS = 500;

    @Inject
    private ReportQueries queries;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CpasRepository partners;

    @Inject
    private Clock clock;

    @Inject
    private CaseFiles cases;

    /** One CPAS's case indicators, with its name. */
    public record CpasFigures(long id, String name, CaseFigures figures) implements Serializable {
    }

    /** Everything on the officer's dashboard for a period (and optionally one CPAS). */
    public record OfficerDashboard(Period period, Long cpasId, List<CpasFigures> byCpas, CaseFigures region, Funnel funnel,
            List<MeetingMonth> meetings, List<SessionRow> sessions) implements Serializable {
    }

    /**
     * An agent's dashboard: their CPAS's case indicators, and the region's as aggregates: {@code region} holds
     * the regional totals, shares are taken from them, and counts are averaged over the {@code regionCpas} CPAS
     * that followed at least one beneficiary in the period.
     */
    public record PartnerDashboard(Period period, Cpas cpas, CaseFigures own, CaseFigures region, int regionCpas)
            implements Serializable {

        /** A count averaged over the region's CPAS. */
        public double average(long regionalCount) {
            return regionCpas == 0 ? 0 : (double) regionalCount / regionCpas;
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    /** This year, the dashboards' default period. */
    public Period thisYear() {
        return Period.year(today().getYear());
    }

    /** The officer's dashboard. Officers only. */
    public OfficerDashboard officerDashboard(Period period, Long cpasId) {
        currentUser.requireOfficer();
        if (cpasId != null && partners.findById(cpasId).isEmpty()) {
            throw new NotFoundException("cpas " + cpasId);
        }
        LocalDate today = today();
        Map<Long, CaseFigures> figures = queries.caseFigures(period, today, cpasId);
        Map<Long, String> names = new HashMap<>();
        for (Cpas cpas : partners.findAll()) {
            names.put(cpas.getId(), cpas.getName());
            boolean shown = cpasId == null ? cpas.getStatus() == CpasStatus.ACTIVE : cpas.getId().equals(cpasId);
            if (shown) {
                figures.computeIfAbsent(cpas.getId(), id -> new CaseFigures());
            }
        }
        List<CpasFigures> byCpas = new ArrayList<>();
        CaseFigures region = new CaseFigures();
        figures.forEach((id, f) -> {
            byCpas.add(new CpasFigures(id, names.getOrDefault(id, "#" + id), f));
            region.add(f);
        });
        byCpas.sort(Comparator.comparing(CpasFigures::name, String.CASE_INSENSITIVE_ORDER));
        return new OfficerDashboard(period, cpasId, byCpas, region, queries.funnel(period, today, cpasId),
                queries.meetings(period, clock.instant(), cpasId), cpasId == null ? queries.sessions(period) : List.of());
    }

    /** An insertion agent's dashboard for their own CPAS. Partners only. */
    public PartnerDashboard partnerDashboard(Period period) {
        Cpas own = currentUser.getCpas();
        if (own == null) {
            throw new AccessDeniedException("Insertion agents only");
        }
        Map<Long, CaseFigures> figures = queries.caseFigures(period, today(), null);
        CaseFigures region = new CaseFigures();
        figures.values().forEach(region::add);
        return new PartnerDashboard(period, own, figures.getOrDefault(own.getId(), new CaseFigures()), region,
                (int) figures.values().stream().filter(f -> f.getFollowed() > 0).count());
    }

    /**
     * The records behind a figure. The officer may list any (optionally for one CPAS); an agent only case
     * indicators, and only their own CPAS's cases whatever CPAS is asked for.
     */
    public ReportQueries.Records records(String indicator, Period period, Long cpasId) {
        Indicator.Kind kind = Indicator.kind(indicator);
        Long scope = cpasId;
        if (!currentUser.isOfficer()) {
            Cpas own = currentUser.getCpas();
            if (own == null || kind != Indicator.Kind.CASES) {
                throw new AccessDeniedException("Agents list their own CPAS's cases only");
            }
            scope = own.getId();
        }
        ReportQueries.Records records = queries.records(indicator, period, today(), clock.instant(), scope, MAX_RECORDS);
        if (kind == Indicator.Kind.CASES) {
            cases.recordShown(records.ids(), "liste du tableau de bord");
        }
        return records;
    }

    /** The public yearly results, from the first year with a case to this year, newest first. */
    public List<PublicYear> publicResults() {
        LocalDate today = today();
        LocalDate first = queries.firstContractStart();
        List<PublicYear> years = new ArrayList<>();
        if (first == null) {
            return years;
        }
        for (int year = today.getYear(); year >= Math.max(first.getYear(), today.getYear() - Period.MAX_YEARS); year--) {
            Period period = Period.year(year);
            CaseFigures total = new CaseFigures();
            queries.caseFigures(period, today, null).values().forEach(total::add);
            LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
            CaseFigures.Milestone at6 = total.milestone(6);
            CaseFigures.Milestone at12 = total.milestone(12);
            years.add(new PublicYear(year, queries.partnersOn(asOf), Suppression.count(total.getFollowed()),
                    Suppression.share(at6.getEmployed(), at6.getCohort()), Suppression.share(at12.getEmployed(), at12.getCohort()),
                    Suppression.share(total.getBoomerangs(), total.getBoomerangCohort())));
        }
        return years;
    }
}
