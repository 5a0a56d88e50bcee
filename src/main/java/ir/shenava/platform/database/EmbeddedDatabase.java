package ir.shenava.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The embedded PostgreSQL of a data directory as a backup reaches it: through the running
 * Shenava's server when there is one (port from {@code postmaster.pid}, password from
 * {@code pgpass}), else by starting it for the time of the backup.
 */
record EmbeddedDatabase(Path dataDir) {

    static EmbeddedDatabase of(Path dataDir) {
        if (!Files.exists(dataDir.resolve("pg").resolve("PG_VERSION"))) {
            throw new BackupException("There is no embedded database in " + dataDir + " (set shenava.data-dir)");
        }
        return new EmbeddedDatabase(dataDir);
    }

    BackupSummary backup(Path file, BackupProgress progress) {
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.startOnce(dataDir, false, 0);
        } catch (DataDirectoryInUseException running) {
            return backupFromRunningServer(file, progress);
        }
        try (Connection c = DatabaseDoor.connect(server.port(), DatabaseDoor.DATABASE, server.username(), server.password())) {
            return SnapshotBackup.write(c, file, progress);
        } catch (SQLException e) {
            throw new BackupException("Cannot connect to the embedded database: " + e.getMessage(), e);
        } finally {
            server.stop();
        }
    }

    private BackupSummary backupFromRunningServer(Path file, BackupProgress progress) {
        DatabasePasswords passwords = DatabasePasswords.loadOrCreate(dataDir);
        try (Connection c = DatabaseDoor.connect(runningPort(), DatabaseDoor.DATABASE, DatabasePasswords.APPLICATION,
                passwords.application())) {
            return SnapshotBackup.write(c, file, progress);
        } catch (SQLException e) {
            throw new BackupException("Cannot connect to the running embedded database: " + e.getMessage(), e);
        }
    }

    /** The fourth line of {@code postmaster.pid} is the port the server listens on. */
    private int runningPort() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
            return Integer.parseInt(lines.get(3).trim());
        } catch (IOException | RuntimeException e) {
            throw new BackupException("Shenava runs on " + dataDir + " but its database's port cannot be read", e);
        }
    }
}
