package be.miresem.rebond.shared.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Copies the portal's data from its embedded Derby database into an empty PostgreSQL database, for the move
 * from one node to several (docs/operations.md, "From Derby to PostgreSQL"). Run by
 * {@code src/main/launcher/derby-to-postgresql.sh} while the portal is stopped.
 *
 * <ol>
 * <li>brings the target's schema to the portal's version with the portal's own migrations (Flyway), and
 * refuses if the source is at another version or the target already holds data (only the rows the
 * migrations themselves insert are allowed, and replaced);</li>
 * <li>copies every table, parents before children (foreign keys read from the schema), in one transaction,
 * keeping the ids, then moves each identity sequence past the highest id copied;</li>
 * <li>checks, table by table, that both sides hold the same rows (count and a digest of every value in
 * primary-key order), and prints the figures. Any difference: exit status 1 and nothing committed.</li>
 * </ol>
 *
 * Settings: {@code REBOND_DATA_DIR} (Derby's folder, default {@code ./data}), and the target's
 * {@code REBOND_DB_URL}, {@code REBOND_DB_USER}, {@code REBOND_DB_PASSWORD} as the portal will use them.
 */
public final class DataTransfer {

    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;

    private DataTransfer() {
    }

    public static void main(String[] args) throws Exception {
        Path derby = Path.of(env("REBOND_DATA_DIR", "data")).toAbsolutePath().resolve("rebond");
        String url = env("REBOND_DB_URL", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            fail("REBOND_DB_URL must name the PostgreSQL target (jdbc:postgresql://host:port/database)");
        }
        if (!Files.isDirectory(derby)) {
            fail("No Derby database in " + derby + " (set REBOND_DATA_DIR)");
        }
        String user = env("REBOND_DB_USER", "rebond");
        String password = env("REBOND_DB_PASSWORD", "rebond");

        SchemaMigration.configure(DataTransfer.class.getClassLoader()).dataSource(url, user, password).load()
                .migrate();
        try (Connection source = openDerby(derby); Connection target = DriverManager.getConnection(url, user, password)) {
            int exit = transfer(source, target);
            System.exit(exit);
        }
    }

    private static Connection openDerby(Path derby) throws SQLException {
        try {
            return DriverManager.getConnection("jdbc:derby:" + derby + ";user=rebond;password=rebond");
        } catch (SQLException e) {
            fail("Cannot open the Derby database " + derby + " (is the portal still running on it?): " + e.getMessage());
            return null;
        }
    }

    /** Copies and verifies; returns the exit status. */
    static int transfer(Connection source, Connection target) throws SQLException {
        String sourceVersion = schemaVersion(source);
        String targetVersion = schemaVersion(target);
        if (!sourceVersion.equals(targetVersion)) {
            fail("The Derby database is at schema version " + sourceVersion + ", this portal at " + targetVersion
                    + ": start this version of the portal once on the Derby database first, then stop it and run this again");
        }
        List<String> tables = tablesParentsFirst(target);
        target.setAutoCommit(false);
        try {
            Map<String, Long> seeded = new LinkedHashMap<>();
            for (String table : tables) {
                long rows = count(target, table);
                if (rows > 0) {
                    seeded.put(table, rows);
                }
            }
            // Rows the migrations insert themselves (defaults), replaced by the source's.
            seeded.keySet().removeAll(Set.of("job_lease", "cache_version", "meeting_settings", "availability_window",
                    "daily_run"));
            if (!seeded.isEmpty()) {
                fail("The PostgreSQL database already holds data (" + seeded + "): use an empty database");
            }
            for (int i = tables.size() - 1; i >= 0; i--) {
                try (Statement delete = target.createStatement()) {
                    delete.executeUpdate("DELETE FROM " + tables.get(i));
                }
            }
            System.out.printf("%-28s %10s %10s  %s%n", "table", "Derby", "PostgreSQL", "same rows");
            boolean same = true;
            for (String table : tables) {
                List<String> columns = columns(target, table);
                long copied = copy(source, target, table, columns);
                resetIdentity(target, table, columns);
                String key = primaryKeyOrder(target, table, columns);
                String sourceDigest = digest(source, table, columns, key);
                String targetDigest = digest(target, table, columns, key);
                long inTarget = count(target, table);
                boolean ok = sourceDigest.equals(targetDigest) && copied == inTarget;
                same &= ok;
                System.out.printf("%-28s %10d %10d  %s%n", table, copied, inTarget, ok ? "yes" : "NO");
            }
            if (!same) {
                target.rollback();
                System.err.println("Differences found: nothing was committed.");
                return 1;
            }
            target.commit();
            System.out.println("Done: " + tables.size() + " tables copied and checked, committed.");
            return 0;
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        String table = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby")
                ? "\"" + HISTORY + "\"" : HISTORY;
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT \"version\" FROM " + table + " WHERE \"success\" = TRUE"
                        + " AND \"version\" IS NOT NULL")) {
            int highest = 0;
            while (rows.next()) {
                highest = Math.max(highest, Integer.parseInt(rows.getString(1)));
            }
            return Integer.toString(highest);
        }
    }

    /** The portal's tables (lower case), every table after the tables its foreign keys point to. */
    static List<String> tablesParentsFirst(Connection target) throws SQLException {
        DatabaseMetaData meta = target.getMetaData();
        List<String> all = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY)) {
                    all.add(name);
                }
            }
        }
        all.sort(null);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : all) {
            Set<String> of = new LinkedHashSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, "public", table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        of.add(parent);
                    }
                }
            }
            parents.put(table, of);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < all.size()) {
            boolean progress = false;
            for (String table : all) {
                if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("Foreign keys form a cycle among " + all);
            }
        }
        return ordered;
    }

    private static List<String> columns(Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = target.getMetaData().getColumns(null, "public", table, "%")) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static long copy(Connection source, Connection target, String table, List<String> columns)
            throws SQLException {
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        long copied = 0;
        try (Statement read = source.createStatement();
                ResultSet rows = read.executeQuery("SELECT " + list + " FROM " + table);
                PreparedStatement write = target.prepareStatement(
                        "INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            while (rows.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = rows.getObject(i);
                    // A document's bytes: Derby gives a Blob, PostgreSQL's BYTEA takes them as bytes.
                    write.setObject(i, value instanceof java.sql.Blob blob ? blob.getBytes(1, (int) blob.length()) : value);
                }
                write.addBatch();
                if (++copied % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return copied;
    }

    /** Moves the identity sequence of the table's generated column past the highest value copied. */
    private static void resetIdentity(Connection target, String table, List<String> columns) throws SQLException {
        for (String column : columns) {
            String sequence;
            try (PreparedStatement find = target.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                find.setString(1, table);
                find.setString(2, column);
                try (ResultSet rows = find.executeQuery()) {
                    rows.next();
                    sequence = rows.getString(1);
                }
            }
            if (sequence != null) {
                try (PreparedStatement set = target.prepareStatement("SELECT setval(?, (SELECT COALESCE(MAX(" + column
                        + "), 0) + 1 FROM " + table + "), false)")) {
                    set.setString(1, sequence);
                    set.executeQuery().close();
                }
            }
        }
    }

    private static String primaryKeyOrder(Connection target, String table, List<String> columns) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = target.getMetaData().getPrimaryKeys(null, "public", table)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", key.isEmpty() ? columns : key.values());
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** SHA-256 over every value of every row, in key order, each value written the same way for both databases. */
    private static String digest(Connection connection, String table, List<String> columns, String order)
            throws SQLException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table
                            + " ORDER BY " + order)) {
                while (rows.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        digest.update(canonical(rows.getObject(i)).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0x1f);
                    }
                    digest.update((byte) 0x1e);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A value as text, the same whichever driver read it: numbers without their scale; timestamps to the
     * microsecond, rounded as the PostgreSQL driver rounds them (Derby keeps nanoseconds, PostgreSQL microseconds).
     */
    public static String canonical(Object value) {
        if (value == null) {
            return "\u0000null";
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            LocalDateTime time = timestamp.toLocalDateTime();
            return time.withNano(0).plusNanos((time.getNano() + 500) / 1000 * 1000).toString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof java.sql.Blob blob) {
            try {
                return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
