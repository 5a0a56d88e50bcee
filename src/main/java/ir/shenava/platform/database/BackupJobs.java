package ir.shenava.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The administrator's backups and restores, run one at a time on a background thread of this node
 * so the page answers at once and shows the progress (tables done of all). A restore from the page
 * replaces every row of the running database in one transaction, and only with a backup of the
 * same schema version (other versions: {@code java -jar shenava.jar restore FILE}).
 */
@Component
class BackupJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackupJobs.class);
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}\\.zip");

    /** What the page shows of the last job; {@code error} is the reason a job failed. */
    record Status(String kind, String table, int done, int total, boolean running, String file, String error) {

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : done * 100 / total;
        }
    }

    record BackupFile(String name, long bytes, Instant modified) {
    }

    private final DataSource dataSource;
    private final NightlyBackup nightly;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "backup-jobs"));
    private volatile Status status;

    BackupJobs(DataSource dataSource, NightlyBackup nightly) {
        this.dataSource = dataSource;
        this.nightly = nightly;
    }

    Optional<Status> status() {
        return Optional.ofNullable(status);
    }

    synchronized boolean startBackup() {
        if (running()) {
            return false;
        }
        status = new Status("backup", "", 0, 0, true, null, null);
        worker.submit(() -> {
            try {
                BackupSummary summary = nightly.runInto(nightly.folder(), progress("backup"));
                status = new Status("backup", "", summary.tables(), summary.tables(), false, summary.file().getFileName().toString(), null);
            } catch (RuntimeException e) {
                log.error("A backup from the page failed", e);
                status = new Status("backup", "", 0, 0, false, null, e.getMessage());
            }
        });
        return true;
    }

    /** @throws BackupException when the file is not a backup of this schema version */
    synchronized boolean startRestore(String name) {
        if (running()) {
            return false;
        }
        Path file = file(name).orElseThrow(() -> new BackupException("No backup " + name));
        BackupManifestView manifest = SnapshotRestore.read(file);
        String current = currentVersion();
        if (!manifest.schemaVersion().equals(current)) {
            throw new BackupException("version " + manifest.schemaVersion() + " ≠ " + current);
        }
        status = new Status("restore", "", 0, manifest.tables(), true, name, null);
        worker.submit(() -> {
            try (Connection c = dataSource.getConnection()) {
                BackupSummary summary = SnapshotRestore.restore(c, file, progress("restore"));
                status = new Status("restore", "", summary.tables(), summary.tables(), false, name, null);
                log.warn("The database was replaced by the backup {} from the administrator's page", name);
            } catch (SQLException | RuntimeException e) {
                log.error("A restore from the page failed; nothing was changed", e);
                status = new Status("restore", "", 0, 0, false, name, e.getMessage());
            }
        });
        return true;
    }

    List<BackupFile> files() {
        Path folder = nightly.folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches()).map(f -> {
                try {
                    return new BackupFile(f.getFileName().toString(), Files.size(f), Files.getLastModifiedTime(f).toInstant());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted(Comparator.comparing(BackupFile::modified).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only plain names of zips in the backup folder: never a path the request could steer elsewhere. */
    Optional<Path> file(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = nightly.folder().resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private boolean running() {
        return status != null && status.running();
    }

    private BackupProgress progress(String kind) {
        return (table, done, total) -> status = new Status(kind, table, done, total, true, null, null);
    }

    private String currentVersion() {
        try (Connection c = dataSource.getConnection()) {
            return SchemaCatalog.schemaVersion(c);
        } catch (SQLException e) {
            throw new BackupException("No connection: " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
