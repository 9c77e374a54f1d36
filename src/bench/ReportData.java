import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a stopped portal's Derby database for the reporting benchmark: up to 50 partner CPAS, N case files
 * whose contracts start over the last five years (with the situations recorded at their 3-, 6- and 12-month
 * follow-ups and some returns to the CPAS income), R collaboration requests over five years, bookings and
 * proposals. Fixed seed, so every run gets the same data. Rows are written as the application writes them
 * (including the reporting columns: follow-up milestone, the case's follow-up summary and boomerang window, days to
 * partnership).
 *
 * Usage: java -cp <derby jars> src/bench/ReportData.java <derby.system.home> 10000 1000
 */
public class ReportData {

    static final String[] SITUATIONS = {"PERMANENT_CONTRACT", "FIXED_TERM_CONTRACT", "TEMPORARY_WORK", "SERVICE_VOUCHERS",
        "TRAINING", "UNEMPLOYMENT", "INTEGRATION_INCOME", "OTHER", "NO_NEWS"};
    static final int[] WEIGHTS = {14, 16, 10, 8, 10, 18, 14, 4, 6};
    static final String[] STAGES = {"NEW", "CONTACTED", "PRESENTATION_PLANNED", "AGREEMENT_IN_PREPARATION", "ACTIVE_PARTNER", "DROPPED"};

    public static void main(String[] args) throws Exception {
        System.setProperty("derby.system.home", args[0]);
        int cases = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        Random random = new Random(42);
        LocalDate today = LocalDate.now();
        int outcomes = 0;
        try (Connection db = DriverManager.getConnection("jdbc:derby:rebond;user=rebond;password=rebond")) {
            db.setAutoCommit(false);
            List<Long> cpas = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM cpas")) {
                while (r.next()) {
                    cpas.add(r.getLong(1));
                }
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO cpas (version, created_at, updated_at, name, commune, status, "
                    + "partner_since) VALUES (1, ?, ?, ?, ?, 'ACTIVE', ?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = cpas.size(); i < 50; i++) {
                    p.setTimestamp(1, ts(today.minusYears(5)));
                    p.setTimestamp(2, ts(today.minusYears(5)));
                    p.setString(3, "CPAS de la commune " + i);
                    p.setString(4, "Commune " + i);
                    p.setDate(5, Date.valueOf(today.minusDays(random.nextInt(5 * 365))));
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        cpas.add(keys.getLong(1));
                    }
                }
            }
            List<long[]> caseRows = new ArrayList<>();
            try (PreparedStatement b = db.prepareStatement("INSERT INTO beneficiary (version, created_at, updated_at, cpas_id, "
                    + "last_name, first_name, birth_year, commune, driving_licence, consent_on, consent_method, consent_by) "
                    + "VALUES (1, ?, ?, ?, ?, 'Bench', 1980, 'Couvin', FALSE, ?, 'SIGNED_FORM', 'bench@rebond.test')",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement c = db.prepareStatement("INSERT INTO case_file (version, created_at, updated_at, beneficiary_id, "
                    + "cpas_id, status, closed_on, closing_reason, contract_start, contract_planned_end, contract_actual_end, "
                    + "placement_employer, job_function, sector, hours_per_week, boomerang_until, situation_3, situation_6, "
                    + "situation_12, boomerang) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Service du CPAS', 'Ouvrier polyvalent', "
                    + "'MAINTENANCE', 30, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement o = db.prepareStatement("INSERT INTO case_outcome (version, created_at, updated_at, case_file_id, "
                    + "observed_on, situation, milestone, author) VALUES (1, ?, ?, ?, ?, ?, ?, 'bench@rebond.test')")) {
                for (int i = 0; i < cases; i++) {
                    long cpasId = cpas.get(random.nextInt(cpas.size()));
                    LocalDate start = today.minusDays(random.nextInt(5 * 365));
                    LocalDate plannedEnd = start.plusMonths(6 + random.nextInt(7));
                    LocalDate actualEnd = random.nextInt(3) == 0 ? plannedEnd.minusDays(random.nextInt(60)) : null;
                    LocalDate end = actualEnd != null ? actualEnd : plannedEnd;
                    boolean ended = !end.isAfter(today);
                    boolean closed = ended && end.plusMonths(13).isBefore(today) && random.nextInt(4) != 0;
                    String status = closed ? "CLOSED" : ended ? "FOLLOWED_AFTER_CONTRACT" : "FOLLOWED_DURING_CONTRACT";
                    b.setTimestamp(1, ts(start));
                    b.setTimestamp(2, ts(start));
                    b.setLong(3, cpasId);
                    b.setString(4, "Bench" + i);
                    b.setDate(5, Date.valueOf(start));
                    b.executeUpdate();
                    long beneficiary = key(b);
                    c.setTimestamp(1, ts(start));
                    c.setTimestamp(2, ts(start));
                    c.setLong(3, beneficiary);
                    c.setLong(4, cpasId);
                    c.setString(5, status);
                    c.setDate(6, closed ? Date.valueOf(end.plusMonths(13)) : null);
                    c.setString(7, closed ? "Suivi terminé" : null);
                    c.setDate(8, Date.valueOf(start));
                    c.setDate(9, Date.valueOf(plannedEnd));
                    if (actualEnd == null) {
                        c.setNull(10, Types.DATE);
                    } else {
                        c.setDate(10, Date.valueOf(actualEnd));
                    }
                    c.setDate(11, Date.valueOf(end.plusDays(365)));
                    // One observation per follow-up reached (four in five recorded); the case carries their summary.
                    int[] milestones = {3, 6, 12};
                    LocalDate[] observedOn = new LocalDate[3];
                    String[] situations = new String[3];
                    boolean boomerang = false;
                    for (int m = 0; m < 3; m++) {
                        LocalDate observed = end.plusMonths(milestones[m]).plusDays(random.nextInt(21));
                        if (!observed.isAfter(today) && random.nextInt(5) != 0) {
                            observedOn[m] = observed;
                            situations[m] = situation(random);
                            boomerang |= "INTEGRATION_INCOME".equals(situations[m]) && !observed.isAfter(end.plusDays(365));
                        }
                    }
                    for (int m = 0; m < 3; m++) {
                        c.setString(12 + m, situations[m]);
                    }
                    c.setBoolean(15, boomerang);
                    c.executeUpdate();
                    long caseId = key(c);
                    caseRows.add(new long[] {caseId, cpasId});
                    for (int m = 0; m < 3; m++) {
                        if (situations[m] == null) {
                            continue;
                        }
                        o.setTimestamp(1, ts(observedOn[m]));
                        o.setTimestamp(2, ts(observedOn[m]));
                        o.setLong(3, caseId);
                        o.setDate(4, Date.valueOf(observedOn[m]));
                        o.setString(5, situations[m]);
                        o.setInt(6, milestones[m]);
                        o.executeUpdate();
                        outcomes++;
                    }
                    if (i % 1000 == 999) {
                        db.commit();
                    }
                }
            }
            try (PreparedStatement r = db.prepareStatement("INSERT INTO collaboration_request (version, created_at, updated_at, "
                    + "reference_number, cpas_name, commune, contact_name, email, consent_at, submission_token, stage, "
                    + "days_to_active, next_action, next_action_due) VALUES (1, ?, ?, ?, ?, 'Commune', 'Contact', "
                    + "'contact@bench.test', ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < requests; i++) {
                    LocalDate sent = today.minusDays(random.nextInt(5 * 365));
                    String stage = STAGES[random.nextInt(STAGES.length)];
                    r.setTimestamp(1, ts(sent));
                    r.setTimestamp(2, ts(sent));
                    r.setString(3, "BENCH-" + i);
                    r.setString(4, "CPAS demandeur " + i);
                    r.setTimestamp(5, ts(sent));
                    r.setString(6, "bench-token-" + i);
                    r.setString(7, stage);
                    if ("ACTIVE_PARTNER".equals(stage)) {
                        r.setInt(8, 20 + random.nextInt(180));
                    } else {
                        r.setNull(8, Types.INTEGER);
                    }
                    boolean open = !"ACTIVE_PARTNER".equals(stage) && !"DROPPED".equals(stage);
                    r.setString(9, open ? "Rappeler" : null);
                    r.setDate(10, open ? Date.valueOf(sent.plusDays(14)) : null);
                    r.executeUpdate();
                }
            }
            try (PreparedStatement m = db.prepareStatement("INSERT INTO booking (version, created_at, updated_at, cpas_id, booked_by, "
                    + "start_at, end_at, active_slot, subject, status, sequence_number) VALUES (1, ?, ?, ?, 'bench@rebond.test', ?, ?, ?, "
                    + "'FOLLOW_UP', ?, 0)")) {
                LocalDateTime slot = today.minusYears(5).atTime(9, 0);
                for (int i = 0; i < 3000; i++) {
                    slot = slot.plusHours(14);
                    String status = new String[] {"CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED", "NO_SHOW"}[random.nextInt(5)];
                    m.setTimestamp(1, Timestamp.valueOf(slot.minusDays(7)));
                    m.setTimestamp(2, Timestamp.valueOf(slot.minusDays(7)));
                    m.setLong(3, cpas.get(random.nextInt(cpas.size())));
                    m.setTimestamp(4, Timestamp.valueOf(slot));
                    m.setTimestamp(5, Timestamp.valueOf(slot.plusHours(1)));
                    m.setTimestamp(6, "CANCELLED".equals(status) ? null : Timestamp.valueOf(slot));
                    m.setString(7, status);
                    m.executeUpdate();
                }
            }
            long need;
            try (Statement s = db.createStatement()) {
                s.executeUpdate("INSERT INTO employer (version, created_at, updated_at, name, sector, commune, contact_name) "
                        + "VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Entreprise du banc d''essai', 'MAINTENANCE', 'Couvin', 'Contact')",
                        Statement.RETURN_GENERATED_KEYS);
                long employer;
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    employer = keys.getLong(1);
                }
                s.executeUpdate("INSERT INTO job_need (version, created_at, updated_at, employer_id, title, sector, contract_type, "
                        + "hours_per_week, needs_licence, openings, hired, status) VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
                        + employer + ", 'Ouvrier', 'MAINTENANCE', 'PERMANENT', 38, FALSE, 100, 0, 'OPEN')",
                        Statement.RETURN_GENERATED_KEYS);
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    need = keys.getLong(1);
                }
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO proposal (version, created_at, updated_at, job_need_id, "
                    + "case_file_id, cpas_id, status) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 2000; i++) {
                    long[] row = caseRows.get(i * (caseRows.size() / 2000));
                    LocalDate on = today.minusDays(random.nextInt(5 * 365));
                    p.setTimestamp(1, ts(on));
                    p.setTimestamp(2, ts(on));
                    p.setLong(3, need);
                    p.setLong(4, row[0]);
                    p.setLong(5, row[1]);
                    p.setString(6, new String[] {"PROPOSED", "INTERVIEW", "HIRED", "REFUSED"}[random.nextInt(4)]);
                    p.executeUpdate();
                }
            }
            db.commit();
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
        System.out.printf("generated 50 CPAS, %d case files with %d outcomes, %d requests, 3000 bookings, 2000 proposals%n",
                cases, outcomes, requests);
    }

    static String situation(Random random) {
        int pick = random.nextInt(100);
        for (int i = 0; i < WEIGHTS.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return SITUATIONS[i];
            }
        }
        return "OTHER";
    }

    static Timestamp ts(LocalDate day) {
        return Timestamp.valueOf(day.atTime(10, 0).atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    static long key(PreparedStatement statement) throws Exception {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
