package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The list of places holding a person's data is complete: every column the migrations give to a listed table is
 * listed (erased or kept, on purpose) or technical, and every table that refers to a case is listed. A new
 * column of free text about a case fails here until someone decides what erasure does with it.
 */
class PersonalDataTest {

    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern ADD = Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+)");
    private static final Pattern DROP = Pattern.compile("ALTER TABLE (\\w+) DROP COLUMN (\\w+)");

    @Test
    void everyColumnOfEveryTableAboutACaseIsListed() throws IOException {
        Map<String, Set<String>> schema = schema();
        for (PersonalData.Table table : PersonalData.TABLES) {
            Set<String> listed = new LinkedHashSet<>(table.technical());
            table.columns().stream().map(PersonalData.Column::sql).filter(sql -> !sql.startsWith("("))
                    .forEach(listed::add);
            assertThat(schema).containsKey(table.name());
            assertThat(listed).as("columns of %s in PersonalData", table.name())
                    .containsExactlyInAnyOrderElementsOf(schema.get(table.name()));
        }
        List<String> referringToCases = schema.entrySet().stream()
                .filter(e -> e.getValue().contains("case_file_id") || e.getValue().contains("beneficiary_id"))
                .map(Map.Entry::getKey).toList();
        assertThat(PersonalData.TABLES.stream().map(PersonalData.Table::name).toList())
                .as("tables that refer to a case").containsAll(referringToCases);
    }

    @Test
    void theFreeTextAboutAPersonIsErased() {
        List<String> erased = new ArrayList<>();
        PersonalData.TABLES.forEach(t -> t.columns().stream().filter(c -> c.fate() == PersonalData.Fate.ERASED)
                .forEach(c -> erased.add(t.name() + "." + c.sql())));
        assertThat(erased).contains("beneficiary.last_name", "beneficiary.note", "journal_entry.note",
                "case_task.title", "case_file.closing_reason", "case_outcome.employer", "proposal.refusal_reason",
                "booking.message", "booking.note", "case_access.details");
    }

    /** Each table's columns after every migration, in order. */
    static Map<String, Set<String>> schema() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = list.filter(p -> p.toString().endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        for (Path file : files) {
            String sql = Files.readString(file);
            Matcher create = CREATE.matcher(sql);
            while (create.find()) {
                Set<String> columns = new LinkedHashSet<>();
                for (String line : create.group(2).split("\\n")) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("CONSTRAINT")
                            || trimmed.startsWith("'") || trimmed.startsWith("PRIMARY KEY")) {
                        continue;
                    }
                    columns.add(trimmed.split("\\s+")[0].toLowerCase(Locale.ROOT));
                }
                tables.put(create.group(1).toLowerCase(Locale.ROOT), columns);
            }
            Matcher add = ADD.matcher(sql);
            while (add.find()) {
                tables.get(add.group(1).toLowerCase(Locale.ROOT)).add(add.group(2).toLowerCase(Locale.ROOT));
            }
            Matcher drop = DROP.matcher(sql);
            while (drop.find()) {
                tables.get(drop.group(1).toLowerCase(Locale.ROOT)).remove(drop.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static int version(Path file) {
        return Integer.parseInt(file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
    }
}
