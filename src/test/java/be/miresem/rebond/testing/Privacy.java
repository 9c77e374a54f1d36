package be.miresem.rebond.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Where a person's data may still lie: markers to type into fields, the database's text columns that hold one
 * ({@code /test/texte}, SystemTest stage) and, on Derby, the table files that still hold its bytes.
 */
public final class Privacy {

    private Privacy() {
    }

    /** A word no other test types: "Zq" and seven random letters. */
    public static String marker() {
        Random random = new Random();
        StringBuilder marker = new StringBuilder("Zq");
        for (int i = 0; i < 7; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }

    /** The columns of the database that hold this text ("table.column=rows" lines), empty when none. */
    public static String databaseHolding(PortalServer server, String text) {
        HttpResponse<String> found = new WebClient(server).get("/test/texte?q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(found.statusCode()).isEqualTo(200);
        return found.body().strip();
    }

    /** Derby's files no longer hold the text once the tables are compacted (waits up to 30 s). */
    public static void assertNoDerbyFileHolds(PortalServer server, String text) throws InterruptedException, IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        Path tables = server.folder().resolve("data/rebond/seg0");
        List<Path> holding = List.of();
        for (int attempt = 0; attempt < 60; attempt++) {
            try (Stream<Path> files = Files.list(tables)) {
                holding = files.filter(file -> contains(file, needle)).toList();
            }
            if (holding.isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
        assertThat(holding).as("Derby files still holding the erased text").isEmpty();
    }

    private static boolean contains(Path file, byte[] needle) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException vanished) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
