package ir.shenava.platform.database;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * {@code java -jar shenava.jar backup FILE} and {@code restore FILE}: read the same configuration
 * as the application (application.yml, environment, {@code --key=value} arguments) but start no
 * web server and none of the application's beans, only a connection to its database.
 *
 * <p>Backup works while Shenava runs: on the embedded database it connects to the running server
 * (its port from {@code postmaster.pid}, its password from {@code pgpass}). Restore needs Shenava
 * stopped; on the embedded database it puts the current {@code pg} directory aside (kept, renamed
 * {@code pg-before-restore-…}) and restores into a fresh one; on an external PostgreSQL the
 * database must be empty.
 */
public final class DatabaseCommand {

    public static final List<String> COMMANDS = List.of("backup", "restore");

    private DatabaseCommand() {
    }

    /** @return the process's exit code */
    public static int run(String[] args, PrintStream out) {
        if (args.length < 2 || !COMMANDS.contains(args[0])) {
            out.println("Usage: java -jar shenava.jar backup FILE | restore FILE [--shenava.data-dir=DIR]");
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("shenava.embedded-db.enabled=false").run(args)) {
            Environment env = context.getEnvironment();
            BackupProgress progress = (table, done, total) -> out.printf("  %d/%d %s%n", done, total, table);
            BackupSummary summary = "backup".equals(args[0]) ? backup(env, file, progress) : restore(env, file, progress);
            out.printf("%s %s: schema version %s, %d tables, %d rows, %d bytes%n", args[0], summary.file(),
                    summary.schemaVersion(), summary.tables(), summary.rows(), summary.bytes());
            return 0;
        } catch (BackupException | DataDirectoryInUseException e) {
            out.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    static BackupSummary backup(Environment env, Path file, BackupProgress progress) {
        String url = env.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            try (Connection c = DriverManager.getConnection(url, env.getProperty("spring.datasource.username"),
                    env.getProperty("spring.datasource.password"))) {
                return SnapshotBackup.write(c, file, progress);
            } catch (SQLException e) {
                throw new BackupException("Cannot connect to " + url + ": " + e.getMessage(), e);
            }
        }
        return EmbeddedDatabase.of(dataDir(env)).backup(file, progress);
    }

    static BackupSummary restore(Environment env, Path file, BackupProgress progress) {
        BackupManifestView manifest = SnapshotRestore.read(file);
        String locations = env.getProperty("spring.flyway.locations", "classpath:db/migration");
        String url = env.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            String user = env.getProperty("spring.datasource.username");
            String password = env.getProperty("spring.datasource.password");
            return restoreInto(url, user, password, locations, manifest, file, progress, true);
        }
        return restoreIntoFreshDataDirectory(dataDir(env), file, locations, progress);
    }

    /** Restores into a fresh embedded PostgreSQL in {@code dataDir}; an existing one is kept aside. */
    static BackupSummary restoreIntoFreshDataDirectory(Path dataDir, Path file, String locations, BackupProgress progress) {
        BackupManifestView manifest = SnapshotRestore.read(file);
        Path pg = dataDir.resolve("pg");
        Path aside = dataDir.resolve("pg-before-restore-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgresServer.takeLock(dataDir).channel().close(); // stops here while Shenava runs
            if (Files.exists(pg)) {
                Files.move(pg, aside, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new BackupException("Cannot prepare " + pg + ": " + e.getMessage(), e);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(dataDir, false, 0);
        try {
            BackupSummary summary = restoreInto(server.jdbcUrl(), server.username(), server.password(), locations, manifest,
                    file, progress, false);
            server.stop();
            return summary;
        } catch (RuntimeException e) {
            server.stop();
            putBack(pg, aside);
            throw e;
        }
    }

    private static BackupSummary restoreInto(String url, String user, String password, String locations,
                                             BackupManifestView manifest, Path file, BackupProgress progress,
                                             boolean mustBeEmpty) {
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations(locations.split(","))
                .target(manifest.schemaVersion()).load();
        if (mustBeEmpty && flyway.info().applied().length > 0) {
            throw new BackupException("The database " + url + " is not empty: restore into a new, empty database");
        }
        flyway.migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return SnapshotRestore.restore(c, file, progress);
        } catch (SQLException e) {
            throw new BackupException("Cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }

    private static void putBack(Path pg, Path aside) {
        try {
            if (Files.exists(aside)) {
                FileSystemUtils.deleteRecursively(pg);
                Files.move(aside, pg, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new BackupException("The restore failed and the earlier database is still in " + aside, e);
        }
    }

    private static Path dataDir(Environment env) {
        return Path.of(env.getProperty("shenava.data-dir", "./data")).toAbsolutePath().normalize();
    }

    /** Nothing to configure: the command only needs the environment that Spring Boot prepares. */
    @Configuration(proxyBeanMethods = false)
    static class Settings {
    }
}
