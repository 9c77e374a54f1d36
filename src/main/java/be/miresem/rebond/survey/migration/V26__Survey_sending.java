package be.miresem.rebond.survey.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The officer sets how each questionnaire is sent (issue 26): its trigger (and so its audience), the delays after the
 * event, how long an invitation stays open, the reminder's delay, a pause. Each invitation gets its reminder time when
 * it is sent ({@code remind_at}). The trigger keys name their questionnaire, subject and delay
 * ({@code CODE:hire:42:3}); the agents' pulse names the account rather than its address, which could overflow the
 * key. In Java: the keys and reminder times of the rows already there are computed, not written in two SQL dialects.
 */
public class V26__Survey_sending extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE questionnaire ADD COLUMN trigger_kind VARCHAR(20) DEFAULT 'HIRE' NOT NULL");
            sql.execute("ALTER TABLE questionnaire ADD COLUMN delays VARCHAR(40) DEFAULT '' NOT NULL");
            sql.execute("ALTER TABLE questionnaire ADD COLUMN open_days INTEGER DEFAULT 30 NOT NULL");
            sql.execute("ALTER TABLE questionnaire ADD COLUMN remind_days INTEGER DEFAULT 7 NOT NULL");
            sql.execute("ALTER TABLE questionnaire ADD COLUMN paused BOOLEAN DEFAULT FALSE NOT NULL");
            sql.execute("ALTER TABLE questionnaire ADD CONSTRAINT questionnaire_trigger_ck "
                    + "CHECK (trigger_kind IN ('HIRE', 'QUARTER', 'SESSION', 'CONTRACT_END'))");
            sql.execute("UPDATE questionnaire SET delays = '0' WHERE code = 'EMPLOYER_HIRE'");
            sql.execute("UPDATE questionnaire SET delays = '3' WHERE code = 'EMPLOYER_FOLLOW_UP'");
            sql.execute("UPDATE questionnaire SET trigger_kind = 'QUARTER' WHERE code = 'AGENT_PULSE'");
            sql.execute("UPDATE questionnaire SET trigger_kind = 'SESSION', delays = '1' WHERE code = 'SESSION'");
            sql.execute("UPDATE questionnaire SET trigger_kind = 'CONTRACT_END', delays = '3,6' WHERE code = 'BENEFICIARY'");
            sql.execute("ALTER TABLE survey_invitation ADD COLUMN remind_at TIMESTAMP");
        }
        Map<String, Long> accounts = new HashMap<>();
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery("SELECT id, email FROM user_account")) {
            while (rows.next()) {
                accounts.put(rows.getString(2), rows.getLong(1));
            }
        }
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery("SELECT id, trigger_key, sent_at, reminded_at, recipient "
                     + "FROM survey_invitation");
             PreparedStatement write = db.prepareStatement(
                     "UPDATE survey_invitation SET trigger_key = ?, remind_at = ? WHERE id = ?")) {
            while (rows.next()) {
                Timestamp sent = rows.getTimestamp(3);
                boolean remind = sent != null && rows.getTimestamp(4) == null && rows.getString(5) != null;
                write.setString(1, key(rows.getString(2), accounts));
                write.setTimestamp(2, remind ? Timestamp.from(sent.toInstant().plus(Duration.ofDays(7))) : null);
                write.setLong(3, rows.getLong(1));
                write.executeUpdate();
            }
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE INDEX survey_invitation_remind_ix ON survey_invitation (remind_at)");
        }
    }

    /** A key of V22's form ("hire-3m:42", "pulse:2026-T4:agent@…") in the new one. */
    public static String key(String old, Map<String, Long> accounts) {
        String[] part = old.split(":", 3);
        return switch (part[0]) {
            case "hire" -> "EMPLOYER_HIRE:hire:" + part[1] + ":0";
            case "hire-3m" -> "EMPLOYER_FOLLOW_UP:hire:" + part[1] + ":3";
            case "session" -> "SESSION:session:" + part[1] + ":1";
            case "case-3m" -> "BENEFICIARY:case:" + part[1] + ":3";
            case "case-6m" -> "BENEFICIARY:case:" + part[1] + ":6";
            case "pulse" -> "AGENT_PULSE:pulse:" + part[1] + ":"
                    + (accounts.containsKey(part[2]) ? String.valueOf(accounts.get(part[2])) : part[2]);
            default -> old;
        };
    }
}
