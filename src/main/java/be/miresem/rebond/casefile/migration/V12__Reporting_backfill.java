package be.miresem.rebond.casefile.migration;

import be.miresem.rebond.casefile.Boomerang;
import be.miresem.rebond.casefile.FollowUps;
import be.miresem.rebond.casefile.Milestones;
import be.miresem.rebond.casefile.Situation;
import be.miresem.rebond.shared.time.ClockProducer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills V11's reporting columns for the rows written before it, with the same Java rules the application uses
 * from now on (date arithmetic stays out of SQL, so this runs unchanged on Derby and PostgreSQL).
 * A feature's Java migration is listed in {@code META-INF/services/org.flywaydb.core.api.migration.JavaMigration},
 * where {@code SchemaMigration} finds it (Flyway does not scan packages inside the WAR).
 */
public class V12__Reporting_backfill extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery("SELECT id, contract_planned_end, contract_actual_end FROM case_file");
             PreparedStatement write = db.prepareStatement("UPDATE case_file SET boomerang_until = ? WHERE id = ?")) {
            while (rows.next()) {
                write.setDate(1, Date.valueOf(Boomerang.until(end(rows.getDate(2), rows.getDate(3)))));
                write.setLong(2, rows.getLong(1));
                write.executeUpdate();
            }
        }
        Map<Long, List<FollowUps.Recorded>> recorded = new HashMap<>();
        Map<Long, LocalDate> ends = new HashMap<>();
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery("SELECT o.id, o.observed_on, o.situation, c.id, c.contract_planned_end, "
                     + "c.contract_actual_end FROM case_outcome o JOIN case_file c ON c.id = o.case_file_id");
             PreparedStatement write = db.prepareStatement("UPDATE case_outcome SET milestone = ? WHERE id = ?")) {
            while (rows.next()) {
                LocalDate end = end(rows.getDate(5), rows.getDate(6));
                LocalDate observed = rows.getDate(2).toLocalDate();
                Integer milestone = Milestones.of(end, observed);
                if (milestone == null) {
                    write.setNull(1, Types.INTEGER);
                } else {
                    write.setInt(1, milestone);
                }
                write.setLong(2, rows.getLong(1));
                write.executeUpdate();
                ends.put(rows.getLong(4), end);
                recorded.computeIfAbsent(rows.getLong(4), id -> new ArrayList<>())
                        .add(new FollowUps.Recorded(observed, rows.getLong(1), Situation.valueOf(rows.getString(3)), milestone));
            }
        }
        try (PreparedStatement write = db.prepareStatement(
                "UPDATE case_file SET situation_3 = ?, situation_6 = ?, situation_12 = ?, boomerang = ? WHERE id = ?")) {
            for (Map.Entry<Long, List<FollowUps.Recorded>> entry : recorded.entrySet()) {
                Map<Integer, Situation> latest = FollowUps.latest(entry.getValue());
                int column = 1;
                for (int months : Milestones.MONTHS) {
                    Situation situation = latest.get(months);
                    write.setString(column++, situation == null ? null : situation.name());
                }
                write.setBoolean(4, FollowUps.boomerang(ends.get(entry.getKey()), entry.getValue()));
                write.setLong(5, entry.getKey());
                write.executeUpdate();
            }
        }
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery("SELECT r.id, r.consent_at, MAX(e.occurred_at) FROM collaboration_request r "
                     + "LEFT JOIN onboarding_event e ON e.request_id = r.id AND e.event_type = 'PARTNER_CREATED' "
                     + "WHERE r.stage = 'ACTIVE_PARTNER' GROUP BY r.id, r.consent_at");
             PreparedStatement write = db.prepareStatement("UPDATE collaboration_request SET days_to_active = ? WHERE id = ?")) {
            while (rows.next()) {
                if (rows.getTimestamp(3) == null) {
                    continue;
                }
                write.setInt(1, (int) ChronoUnit.DAYS.between(day(rows.getTimestamp(2)), day(rows.getTimestamp(3))));
                write.setLong(2, rows.getLong(1));
                write.executeUpdate();
            }
        }
    }

    private static LocalDate end(Date planned, Date actual) {
        return (actual != null ? actual : planned).toLocalDate();
    }

    /** Timestamps are stored in UTC (the server runs with user.timezone=UTC); days are Brussels days. */
    private static LocalDate day(Timestamp utc) {
        return utc.toLocalDateTime().atZone(ZoneOffset.UTC).withZoneSameInstant(ClockProducer.ZONE).toLocalDate();
    }
}
