package be.miresem.rebond.shared.backup;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.Persistence;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Online backups of the embedded Derby database, while the portal keeps serving: Derby's
 * {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} copies a consistent database (transactions committed when it starts)
 * into a dated folder {@code rebond-YYYY-MM-DD-HHmmss} (Brussels time) of {@code REBOND_BACKUP_DIR}; the oldest
 * backups beyond {@code REBOND_BACKUP_KEEP} are then deleted. Started by the officer (/espace/sauvegardes/) or by
 * the command in docs/operations.md. Restoring is copying a backup's {@code rebond} folder back (same document).
 * No access checks here: the callers check the officer role or the backup token.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'rebond-'yyyy-MM-dd-HHmmss");

    @Resource(lookup = Persistence.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** A backup on disk. */
    public record Backup(String name, Path folder, long bytes) {
    }

    private volatile Boolean derby;

    /** True on the embedded Derby database; on PostgreSQL, backups are made with its own tools (pg_dump). */
    public boolean isSupported() {
        Boolean known = derby;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().contains("Derby");
            } catch (SQLException e) {
                throw new IllegalStateException("Database unavailable", e);
            }
            derby = known;
        }
        return known;
    }

    /** Makes a backup now and returns it; one at a time. */
    public synchronized Backup backup() {
        Path folder = folder().resolve(LocalDateTime.now(clock.withZone(ClockProducer.ZONE)).format(NAME));
        long started = System.nanoTime();
        if (!isSupported()) {
            throw new IllegalStateException("Online backups are for the embedded Derby database; use the database's own tools");
        }
        try (Connection connection = dataSource.getConnection()) {
            Files.createDirectories(folder);
            // Copies of personal data: for the portal's user only, like the database (Derby writes the files 600).
            Files.setPosixFilePermissions(folder.getParent(), PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, folder.toAbsolutePath().toString());
                call.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Backup failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Backup backup = describe(folder);
        LOG.info(() -> "Backup " + backup.name() + " written (" + backup.bytes() / 1024 + " KiB, "
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        prune();
        return backup;
    }

    /** The backups on disk, newest first. */
    public List<Backup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("rebond-"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .map(Backups::describe).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return Settings.BACKUP_DIR.value().map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("derby.system.home", "."), "backups"));
    }

    private void prune() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(all.size(), Math.max(1, Settings.BACKUP_KEEP.asInt())), all.size())) {
            delete(old.folder());
            LOG.info(() -> "Backup " + old.name() + " deleted (keeping " + Settings.BACKUP_KEEP.asInt() + ")");
        }
    }

    private static Backup describe(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return new Backup(folder.getFileName().toString(), folder, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
