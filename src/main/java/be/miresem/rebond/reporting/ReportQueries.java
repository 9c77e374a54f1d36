package be.miresem.rebond.reporting;

import be.miresem.rebond.casefile.Milestones;
import be.miresem.rebond.casefile.Situation;
import be.miresem.rebond.onboarding.OnboardingStage;
import be.miresem.rebond.shared.persistence.BaseEntity;
import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every figure of the dashboards and the public results, as aggregate queries (COUNT, SUM, GROUP BY) in the
 * database: no query here loads the rows it counts. The lists behind a figure ({@link #records}) use the same
 * conditions as its count, so a figure and its list always agree. No access checks here: {@link Reporting}
 * decides which CPAS a caller may see. Portable SQL (no date arithmetic: what needs it is stored when
 * written, see V11__reporting.sql). The reporting feature's repository: it reads every feature's tables in SQL,
 * which no feature's entities would express as cheaply.
 */
@ApplicationScoped
public class ReportQueries {

    /** The end of the contract that counts. */
    private static final String END = "COALESCE(c.contract_actual_end, c.contract_planned_end)";

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    /**
     * The case indicators per CPAS (id → figures) for a period, optionally for one CPAS only: one pass over
     * case_file for the counts (each a SUM of its condition), one per follow-up grouped by the situation recorded
     * there (a single pass with a SUM per situation took 275 ms on 10,000 cases, these four 40 ms), and one over
     * the period's proposals.
     */
    public Map<Long, CaseFigures> caseFigures(Period period, LocalDate today, Long cpasId) {
        Sql sql = new Sql().add("SELECT c.cpas_id");
        for (String indicator : List.of("suivis", "termines", "boomerang-cohorte", "boomerang")) {
            sql.add(", SUM(CASE WHEN ").add(caseCondition(indicator, period, today)).add(" THEN 1 ELSE 0 END)");
        }
        sql.add(" FROM case_file c WHERE 1 = 1").add(scope(cpasId)).add(" GROUP BY c.cpas_id");
        Map<Long, CaseFigures> figures = new HashMap<>();
        for (Object[] row : rows(sql)) {
            CaseFigures cpas = of(figures, row[0]);
            cpas.followed = number(row[1]);
            cpas.ended = number(row[2]);
            cpas.boomerangCohort = number(row[3]);
            cpas.boomerangs = number(row[4]);
        }
        for (int months : Milestones.MONTHS) {
            Sql followUp = new Sql().add("SELECT c.cpas_id, c.situation_" + months + ", COUNT(*) FROM case_file c WHERE ")
                    .add(caseCondition("m" + months, period, today)).add(scope(cpasId))
                    .add(" GROUP BY c.cpas_id, c.situation_" + months);
            for (Object[] row : rows(followUp)) {
                CaseFigures.Milestone milestone = of(figures, row[0]).milestone(months);
                milestone.cohort += number(row[2]);
                if (row[1] != null) {
                    milestone.recorded.merge(Situation.valueOf((String) row[1]), number(row[2]), Long::sum);
                }
            }
        }
        Sql proposals = new Sql().add("SELECT c.cpas_id, COUNT(*), SUM(CASE WHEN p.status = 'HIRED' THEN 1 ELSE 0 END) "
                + "FROM proposal p JOIN case_file c ON c.id = p.case_file_id WHERE p.created_at >= ? AND p.created_at < ?",
                period.start(), period.end());
        for (Object[] row : rows(proposals.add(scope(cpasId)).add(" GROUP BY c.cpas_id"))) {
            CaseFigures cpas = of(figures, row[0]);
            cpas.proposals = number(row[1]);
            cpas.hires = number(row[2]);
        }
        return figures;
    }

    /** The onboarding funnel of the requests received in a period (optionally about one CPAS). */
    public Funnel funnel(Period period, LocalDate today, Long cpasId) {
        Map<OnboardingStage, Long> byStage = new EnumMap<>(OnboardingStage.class);
        for (Object[] row : rows(requestSql("r.stage, COUNT(*)", "demandes", period, today, cpasId).add(" GROUP BY r.stage"))) {
            byStage.put(OnboardingStage.valueOf((String) row[0]), number(row[1]));
        }
        Map<Integer, Long> days = new HashMap<>();
        Sql median = requestSql("r.days_to_active, COUNT(*)", "demandes-ACTIVE_PARTNER", period, today, cpasId)
                .add(" AND r.days_to_active IS NOT NULL GROUP BY r.days_to_active");
        for (Object[] row : rows(median)) {
            days.put((int) number(row[0]), number(row[1]));
        }
        long overdue = number(requestSql("COUNT(*)", "demandes-en-retard", period, today, cpasId).on(em).getSingleResult());
        return new Funnel(byStage, Median.of(days), overdue);
    }

    /** Meetings per month of the period: held, cancelled, no-shows. */
    public List<MeetingMonth> meetings(Period period, Instant now, Long cpasId) {
        List<Period> months = period.months();
        StringBuilder bucket = new StringBuilder("CASE");
        List<Object> bounds = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            bucket.append(" WHEN m.start_at < ? THEN ").append(i);
            bounds.add(months.get(i).end());
        }
        bucket.append(" END");
        Sql sql = new Sql().add("SELECT t.bucket, t.status, COUNT(*) FROM (SELECT " + bucket + " AS bucket, m.status AS status "
                + "FROM booking m WHERE ", bounds.toArray()).add(meetingCondition("rdv", period, now, cpasId))
                .add(") t GROUP BY t.bucket, t.status");
        long[][] counts = new long[months.size()][3];
        for (Object[] row : rows(sql)) {
            int month = (int) number(row[0]);
            int column = switch ((String) row[1]) {
                case "CONFIRMED" -> 0;
                case "CANCELLED" -> 1;
                default -> 2;
            };
            counts[month][column] += number(row[2]);
        }
        List<MeetingMonth> result = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            result.add(new MeetingMonth(months.get(i), counts[i][0], counts[i][1], counts[i][2]));
        }
        return result;
    }

    /** The presentation sessions of a period with their registrations and attendance. */
    public List<SessionRow> sessions(Period period) {
        Sql sql = new Sql().add("SELECT s.id, s.title, s.start_at, s.capacity, "
                + "SUM(CASE WHEN r.status = 'REGISTERED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r.status = 'REGISTERED' THEN r.participants ELSE 0 END), "
                + "SUM(CASE WHEN r.status = 'WAITLISTED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r.status = 'REGISTERED' AND r.attendance = 'PRESENT' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r.status = 'REGISTERED' AND r.attendance = 'ABSENT' THEN 1 ELSE 0 END) "
                + "FROM presentation_session s LEFT JOIN session_registration r ON r.session_id = s.id "
                + "WHERE s.start_at >= ? AND s.start_at < ? GROUP BY s.id, s.title, s.start_at, s.capacity ORDER BY s.start_at",
                period.start(), period.end());
        return rows(sql).stream().map(row -> new SessionRow(number(row[0]), (String) row[1],
                ((Timestamp) row[2]).toInstant(), (int) number(row[3]), number(row[4]), number(row[5]),
                number(row[6]), number(row[7]), number(row[8]))).toList();
    }

    /** How many CPAS had become partners by a day (active or former partners). */
    public long partnersOn(LocalDate day) {
        return number(new Sql().add("SELECT COUNT(*) FROM cpas WHERE status IN ('ACTIVE', 'FORMER') AND partner_since <= ?", day)
                .on(em).getSingleResult());
    }

    /** The earliest contract start of any case, or null without cases. */
    public LocalDate firstContractStart() {
        Object first = em.createNativeQuery("SELECT MIN(contract_start) FROM case_file").getSingleResult();
        return first == null ? null : ((Date) first).toLocalDate();
    }

    /**
     * The records behind a figure: ids of case files, collaboration requests or bookings, in order, at most
     * {@code max}; with their total count.
     */
    public Records records(String indicator, Period period, LocalDate today, Instant now, Long cpasId, int max) {
        Sql ids;
        Sql count;
        Indicator.Kind kind = Indicator.kind(indicator);
        switch (kind) {
            case CASES -> {
                ids = caseSql("c.id", indicator, period, today, cpasId).add(" ORDER BY c.id");
                count = caseSql("COUNT(*)", indicator, period, today, cpasId);
            }
            case REQUESTS -> {
                ids = requestSql("r.id", indicator, period, today, cpasId).add(" ORDER BY r.id");
                count = requestSql("COUNT(*)", indicator, period, today, cpasId);
            }
            default -> {
                ids = new Sql().add("SELECT m.id FROM booking m WHERE ").add(meetingCondition(indicator, period, now, cpasId))
                        .add(" ORDER BY m.start_at");
                count = new Sql().add("SELECT COUNT(*) FROM booking m WHERE ").add(meetingCondition(indicator, period, now, cpasId));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> found = ids.on(em).setMaxResults(max).getResultList();
        return new Records(kind, found.stream().map(ReportQueries::number).toList(), number(count.on(em).getSingleResult()));
    }

    /** Loads records by id, in the order of the ids (an id listed twice gives its record twice). */
    public <T extends BaseEntity> List<T> load(Class<T> type, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> byId = new HashMap<>();
        for (T entity : em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList()) {
            byId.put(entity.getId(), entity);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Ids of records (of one kind) and how many there are in all. */
    public record Records(Indicator.Kind kind, List<Long> ids, long total) {
    }

    /**
     * SELECT ... FROM case_file c ... WHERE (the condition of a case indicator), for lists and their counts.
     * Proposal indicators count proposals: a case proposed twice counts, and is listed, twice.
     */
    private Sql caseSql(String select, String indicator, Period period, LocalDate today, Long cpasId) {
        Sql sql = new Sql();
        if (indicator.equals("propositions") || indicator.equals("embauches")) {
            sql.add("SELECT " + select + " FROM proposal p JOIN case_file c ON c.id = p.case_file_id "
                    + "WHERE p.created_at >= ? AND p.created_at < ?", period.start(), period.end());
            if (indicator.equals("embauches")) {
                sql.add(" AND p.status = 'HIRED'");
            }
        } else {
            sql.add("SELECT " + select + " FROM case_file c WHERE ").add(caseCondition(indicator, period, today));
        }
        return sql.add(scope(cpasId));
    }

    /**
     * The condition on a case file (alias c) of a case indicator: the one place each definition is written, used
     * by the counts ({@link #caseFigures}) and by the lists behind them ({@link #records}).
     */
    private static Sql caseCondition(String indicator, Period period, LocalDate today) {
        Period observed = period.until(today);
        switch (indicator) {
            case "suivis":
                return new Sql().add("(c.contract_start <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?))", period.to(), period.from());
            case "termines":
                return observed == null ? new Sql().add("1 = 0")
                        : new Sql().add(END + " BETWEEN ? AND ?", observed.from(), observed.to());
            case "boomerang-cohorte":
            case "boomerang":
                Sql cohort = observed == null ? new Sql().add("1 = 0")
                        : new Sql().add("c.boomerang_until BETWEEN ? AND ?", observed.from(), observed.to());
                return indicator.equals("boomerang") ? cohort.add(" AND c.boomerang = TRUE") : cohort;
            default:
                Indicator.FollowUp followUp = Indicator.followUp(indicator);
                if (observed == null) {
                    return new Sql().add("1 = 0");
                }
                Milestones.Range ends = Milestones.endsFollowedUpBetween(followUp.months(), observed.from(), observed.to());
                Sql sql = new Sql().add("(" + END + " BETWEEN ? AND ?", ends.from(), ends.to());
                String column = "c.situation_" + followUp.months();
                if (followUp.employed()) {
                    sql.add(" AND " + column + " IN (" + CaseFigures.EMPLOYMENT.stream().map(s -> "'" + s.name() + "'")
                            .collect(Collectors.joining(", ")) + ")");
                } else if (followUp.situation() == Situation.NO_NEWS) {
                    sql.add(" AND (" + column + " IS NULL OR " + column + " = 'NO_NEWS')");
                } else if (followUp.situation() != null) {
                    sql.add(" AND " + column + " = '" + followUp.situation().name() + "'");
                }
                return sql.add(")");
        }
    }

    private Sql requestSql(String select, String indicator, Period period, LocalDate today, Long cpasId) {
        Sql sql = new Sql().add("SELECT " + select + " FROM collaboration_request r WHERE r.merged_into IS NULL");
        if (indicator.equals("demandes-en-retard")) {
            sql.add(" AND r.stage NOT IN ('ACTIVE_PARTNER', 'DROPPED') AND r.next_action_due < ?", today);
        } else {
            sql.add(" AND r.consent_at >= ? AND r.consent_at < ?", period.start(), period.end());
            if (!indicator.equals("demandes")) {
                sql.add(" AND r.stage = ?", Indicator.stage(indicator).name());
            }
        }
        if (cpasId != null) {
            sql.add(" AND (r.cpas_id = ? OR r.duplicate_of_cpas = ?)", cpasId, cpasId);
        }
        return sql;
    }

    /** Meetings of the period: held (confirmed and over by now), cancelled, no-shows ("rdv": all three). */
    private Sql meetingCondition(String indicator, Period period, Instant now, Long cpasId) {
        Sql sql = new Sql().add("m.start_at >= ? AND m.start_at < ?", period.start(), period.end());
        switch (indicator) {
            case "rdv-tenus" -> sql.add(" AND m.status = 'CONFIRMED' AND m.end_at <= ?", now);
            case "rdv-annules" -> sql.add(" AND m.status = 'CANCELLED'");
            case "rdv-absents" -> sql.add(" AND m.status = 'NO_SHOW'");
            default -> sql.add(" AND (m.status IN ('CANCELLED', 'NO_SHOW') OR m.status = 'CONFIRMED' AND m.end_at <= ?)", now);
        }
        return cpasId == null ? sql : sql.add(" AND m.cpas_id = ?", cpasId);
    }

    private static Sql scope(Long cpasId) {
        return cpasId == null ? new Sql() : new Sql().add(" AND c.cpas_id = ?", cpasId);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Sql sql) {
        return sql.on(em).getResultList();
    }

    private static CaseFigures of(Map<Long, CaseFigures> figures, Object cpasId) {
        return figures.computeIfAbsent(number(cpasId), id -> new CaseFigures());
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
