package ir.shenava.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the embedded PostgreSQL's door: passwords (scram-sha-256) for every connection, and an
 * application role {@code shenava} that owns the database {@code shenava} but is not a superuser,
 * so a flaw in the application cannot read files, run programs or touch other databases.
 *
 * <p>Data directories made by earlier versions trusted every local connection and kept the tables
 * in the database {@code postgres}, owned by the superuser. On their first start with this version
 * the superuser gets its password, {@code pg_hba.conf} is rewritten, the database is renamed to
 * {@code shenava} and its objects are given to the application role: the data stays where it is.
 * Every step is safe to repeat, so a start cut short simply finishes the upgrade the next time.
 */
final class DatabaseDoor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDoor.class);
    static final String DATABASE = "shenava";

    static final String HBA = """
            # Written by Shenava: every connection needs a password (scram-sha-256); there is no "trust".
            # The passwords are in the data directory's pgpass file (readable by its owner only).
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private DatabaseDoor() {
    }

    static void secure(int port, Path pgDir, DatabasePasswords passwords) throws SQLException, IOException {
        Path hba = pgDir.resolve("pg_hba.conf");
        boolean holdsAppTables;
        try (Connection admin = connect(port, "postgres", DatabasePasswords.SUPERUSER, passwords.superuser())) {
            if (trusts(hba)) {
                log.warn("Upgrading the embedded PostgreSQL in {}: passwords instead of trust, an application role", pgDir);
                admin.unwrap(PGConnection.class).alterUserPassword(DatabasePasswords.SUPERUSER,
                        passwords.superuser().toCharArray(), "scram-sha-256");
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                execute(admin, "select pg_reload_conf()");
            }
            execute(admin, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shenava') THEN "
                    + "CREATE ROLE shenava LOGIN; END IF; END $$");
            // Also takes back anything an operator granted by hand: the application never needs it.
            execute(admin, "ALTER ROLE shenava LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            admin.unwrap(PGConnection.class).alterUserPassword(DatabasePasswords.APPLICATION,
                    passwords.application().toCharArray(), "scram-sha-256");
            holdsAppTables = exists(admin, "select 1 from pg_class where relname = 'flyway_schema_history' "
                    + "and relnamespace = 'public'::regnamespace")
                    && !exists(admin, "select 1 from pg_database where datname = 'shenava'");
        }
        try (Connection admin = connect(port, "template1", DatabasePasswords.SUPERUSER, passwords.superuser())) {
            if (holdsAppTables) {
                // An earlier version's tables: the database itself becomes the application's.
                execute(admin, "ALTER DATABASE postgres RENAME TO shenava");
                execute(admin, "CREATE DATABASE postgres");
            } else if (!exists(admin, "select 1 from pg_database where datname = 'shenava'")) {
                execute(admin, "CREATE DATABASE shenava OWNER shenava");
            }
            execute(admin, "ALTER DATABASE shenava OWNER TO shenava");
        }
        try (Connection admin = connect(port, DATABASE, DatabasePasswords.SUPERUSER, passwords.superuser())) {
            execute(admin, GIVE_OBJECTS_TO_APPLICATION);
        }
    }

    /** The superuser's objects in {@code public} (not those of extensions) go to the application role. */
    private static final String GIVE_OBJECTS_TO_APPLICATION = """
            DO $$
            DECLARE r record;
            BEGIN
              ALTER SCHEMA public OWNER TO shenava;
              FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                         AND c.relowner <> 'shenava'::regrole
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                         AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
                       ORDER BY c.relkind <> 'S' DESC
              LOOP
                EXECUTE format('ALTER %s %s OWNER TO shenava', CASE r.relkind WHEN 'v' THEN 'VIEW'
                    WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE'
                    ELSE 'TABLE' END, r.name);
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                       WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'shenava'::regrole
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                         AND d.objid = p.oid AND d.deptype = 'e')
              LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO shenava', r.name);
              END LOOP;
            END $$""";

    static boolean trusts(Path hba) throws IOException {
        return Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .anyMatch(line -> line.matches(".*\\strust(\\s.*)?"));
    }

    static Connection connect(int port, String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(port, database), properties);
    }

    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next();
        }
    }
}
