package be.miresem.rebond.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.shared.persistence.DataTransfer;
import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.OwnServer;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Postgres;
import be.miresem.rebond.testing.RequestForm;
import be.miresem.rebond.testing.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The move from one node on embedded Derby to PostgreSQL: a portal with demo cases and a few records made
 * through its pages runs on Derby; the documented command copies it into an empty PostgreSQL database; every
 * row of every table is the same on both sides; the portal then runs on PostgreSQL with that data.
 */
@OwnServer
class DataMigrationIT {

    @Test
    void theDerbyDataMovesToPostgresqlWithEveryRecord() throws Exception {
        assertThat(Postgres.selected()).as("runs in the PostgreSQL execution").isTrue();
        Map<String, List<String>> before;
        String reference;
        String slot;
        long caseId;
        byte[] document = be.miresem.rebond.testing.TestFiles.pdf("CV").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (PortalServer derby = PortalServer.withDemoContent("migrate-derby")) {
            derby.environment().keySet().removeIf(k -> k.startsWith("REBOND_DB_")); // the embedded default
            derby.environment().put("REBOND_DEMO_CASES", "true");
            derby.environment().put("REBOND_REQUEST_MIN_SECONDS", "0");
            derby.start();
            assertThat(derby.onPostgres()).isFalse();
            reference = RequestForm.reference(new RequestForm(new WebClient(derby))
                    .post(RequestForm.valid("CPAS de Viroinval", "Viroinval")));
            WebClient derbyAgent = Accounts.agent(derby, PortalServer.COUVIN_AGENT);
            slot = Meetings.book(derbyAgent);
            caseId = be.miresem.rebond.testing.Cases.refer(derbyAgent, "Documentée", "Alice", "Couvin");
            assertThat(be.miresem.rebond.testing.FacesForm.open(derbyAgent, "/espace/dossiers/dossier?id=" + caseId, "document")
                    .attach("Joindre un document", "cv.pdf", document).press("Joindre le document").statusCode())
                    .isEqualTo(302);
            derby.stop();
            try (Connection db = derby.openDatabase()) {
                before = contents(db);
            } finally {
                derby.closeDatabase(); // the copy runs in another JVM: Derby lets one process open the database
            }
            assertThat(before.get("case_file")).as("demo cases to move").hasSizeGreaterThan(10);
            assertThat(before.get("collaboration_request")).isNotEmpty();
            assertThat(before.get("case_document_content")).as("a document's bytes").hasSize(1);

            Map<String, String> target = Postgres.server().newDatabase("migrated");
            Path output = derby.folder().resolve("transfer.txt");
            assertThat(transfer(derby.folder().resolve("data"), target, output)).as(Files.readString(output)).isZero();
            assertThat(Files.readString(output)).contains("Done:").doesNotContain(" NO\n");
            Map<String, List<String>> after;
            try (Connection db = DriverManager.getConnection(target.get("REBOND_DB_URL"), "rebond", "rebond")) {
                after = contents(db);
            }
            assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
            for (String table : before.keySet()) {
                assertThat(after.get(table)).as("rows of " + table).containsExactlyInAnyOrderElementsOf(before.get(table));
            }

            // A second run into the same database is refused: it holds data now.
            Path again = derby.folder().resolve("transfer-again.txt");
            assertThat(transfer(derby.folder().resolve("data"), target, again)).isEqualTo(2);
            assertThat(Files.readString(again)).contains("already holds data");

            // The portal runs on the copy: same accounts, meetings and requests; new rows get new ids.
            try (PortalServer postgres = PortalServer.withDemoContent("migrate-pg")) {
                postgres.environment().putAll(target);
                postgres.environment().put("REBOND_REQUEST_MIN_SECONDS", "0");
                postgres.start();
                WebClient agent = Accounts.agent(postgres, PortalServer.COUVIN_AGENT);
                assertThat(agent.get("/espace/rendez-vous/").body()).contains("datetime=\"" + slot + "\"");
                String casePage = agent.get("/espace/dossiers/dossier?id=" + caseId).body();
                String documentId = casePage.replaceAll("(?s).*/espace/dossiers/document\\?id=(\\d+).*", "$1");
                assertThat(agent.getBytes("/espace/dossiers/document?id=" + documentId).body()).as("the document, intact")
                        .isEqualTo(document);
                WebClient officer = Accounts.officer(postgres);
                assertThat(officer.get("/espace/onboarding/").body()).contains(reference);
                String next = RequestForm.reference(new RequestForm(new WebClient(postgres))
                        .post(RequestForm.valid("CPAS de Doische", "Doische")));
                assertThat(next).isNotEqualTo(reference);
                assertThat(officer.get("/espace/onboarding/").body()).contains(next).contains(reference);
                Meetings.book(agent);
            }
        }
    }

    private static int transfer(Path derbyFolder, Map<String, String> target, Path output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "src/main/launcher/derby-to-postgresql.sh",
                System.getProperty("rebond.war", "target/rebond.war")).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(target);
        builder.environment().put("REBOND_DATA_DIR", derbyFolder.toString());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the copy ends").isTrue();
        return process.exitValue();
    }

    /** Every table's rows as text (columns by name, values as {@link DataTransfer#canonical} writes them). */
    private static Map<String, List<String>> contents(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String schema = String.valueOf(rows.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if ((schema.equals("public") || schema.equals("rebond")) && !name.equals("flyway_schema_history")) {
                    tables.add(name);
                }
            }
        }
        Map<String, List<String>> contents = new TreeMap<>();
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            try (Statement sql = db.createStatement(); ResultSet result = sql.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), DataTransfer.canonical(result.getObject(i)));
                    }
                    rows.add(row.toString());
                }
            }
            contents.put(table, rows);
        }
        return contents;
    }
}
