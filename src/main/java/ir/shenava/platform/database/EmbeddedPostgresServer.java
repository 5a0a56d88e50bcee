package ir.shenava.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per JVM and data directory.
 *
 * <p>Guards the traps of zonky's defaults: it would wipe the directory and run without fsync
 * (fine for tests, fatal for the app's own data), its shutdown hook races Spring's, and a
 * {@code kill -9} of the app leaves an orphaned postmaster that blocks the next start. A lock file
 * beside the data directory makes a second app on the same directory fail at once.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final EmbeddedPostgres postgres;
    private final FileLock lock;
    private final DatabasePasswords passwords;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileLock lock, DatabasePasswords passwords) {
        this.postgres = postgres;
        this.lock = lock;
        this.passwords = passwords;
    }

    /** {@code port} 0 picks a free port (the default); a fixed one lets tools such as psql connect. */
    static synchronized EmbeddedPostgresServer startOnce(Path dataDir, boolean throwAway, int port) {
        EmbeddedPostgresServer server = RUNNING.get(dataDir);
        if (server == null || server.stopped) {
            server = start(dataDir, throwAway, port);
            RUNNING.put(dataDir, server);
        }
        return server;
    }

    /** The application's database, reached as its owner (not a superuser). */
    String jdbcUrl() {
        return DatabaseDoor.jdbcUrl(postgres.getPort(), DatabaseDoor.DATABASE);
    }

    String username() {
        return DatabasePasswords.APPLICATION;
    }

    String password() {
        return passwords.application();
    }

    int port() {
        return postgres.getPort();
    }

    private static EmbeddedPostgresServer start(Path dataDir, boolean throwAway, int port) {
        try {
            Files.createDirectories(dataDir);
            FileLock lock = takeLock(dataDir);
            Path pgDir = dataDir.resolve("pg");
            stopOrphanedPostmaster(pgDir);
            DatabasePasswords passwords = DatabasePasswords.loadOrCreate(dataDir);
            boolean fresh = throwAway || !Files.exists(pgDir.resolve("postgresql.conf"));
            Path superuserPassword = dataDir.resolve("pg-superuser.tmp");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir.toFile())
                    .setCleanDataDirectory(throwAway)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "200")
                    // Only this machine: the application and an operator's psql; never the network.
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", passwords.superuser());
            if (fresh) {
                // initdb gives the superuser its password and writes scram-sha-256 (no trust) into pg_hba.conf.
                Files.deleteIfExists(superuserPassword);
                Files.createFile(superuserPassword, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(superuserPassword, passwords.superuser());
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", superuserPassword.toString());
            }
            if (port > 0) {
                builder.setPort(port);
            }
            if (!throwAway) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } finally {
                Files.deleteIfExists(superuserPassword);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, lock, passwords);
            try {
                DatabaseDoor.secure(postgres.getPort(), pgDir, passwords);
            } catch (SQLException e) {
                server.stop();
                throw new IllegalStateException("Could not secure the embedded PostgreSQL in " + pgDir
                        + " (is " + dataDir.resolve(DatabasePasswords.FILE) + " the one made with it?)", e);
            }
            // Normally the last context's lease stops the server; this handler covers a start that failed early.
            SpringApplication.getShutdownHandlers().add(server::stop);
            log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {} (psql: PGPASSFILE={} psql -h 127.0.0.1 -p {} -U shenava shenava)",
                    postgres.getPort(), pgDir, dataDir.resolve(DatabasePasswords.FILE), postgres.getPort());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private int leases;
    private boolean stopped;

    synchronized void lease() {
        leases++;
    }

    /** Each application context holds a lease; the server stops when the last one is returned. */
    synchronized void release() {
        if (--leases <= 0) {
            stop();
        }
    }

    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            postgres.close();
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    static FileLock takeLock(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("shenava.lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new DataDirectoryInUseException(dataDir);
        }
        return lock;
    }

    /** After a kill -9 of the app its postmaster lives on; we hold the lock, so it is an orphan. */
    static void stopOrphanedPostmaster(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Stopping PostgreSQL (pid {}) left running by an earlier run", orphan.pid());
                    orphan.destroy();
                    try {
                        orphan.onExit().get(15, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        orphan.destroyForcibly();
                    }
                });
    }
}
