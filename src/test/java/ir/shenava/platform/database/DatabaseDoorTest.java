package ir.shenava.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded PostgreSQL's door, tried as another user on the machine would: no connection
 * without a password, the application's role is no superuser, and a data directory made by an
 * earlier version (trust, tables in {@code postgres} owned by the superuser) is upgraded with its rows.
 */
class DatabaseDoorTest {

    @TempDir
    Path dir;

    @Test
    void aFreshDataDirectoryHasPasswordsAndAnApplicationRoleThatIsNoSuperuser() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(dir, false, 0);
        try {
            Path passwordFile = dir.resolve("pgpass");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThat(Files.readString(dir.resolve("pg/pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*\\btrust\\b")
                    .contains("scram-sha-256");
            assertThat(dir.resolve("pg-superuser.tmp")).doesNotExist();

            assertRefusedWithoutPassword(server.port());

            try (Connection app = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
                JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(app, true));
                assertThat(sql.sql("select current_user").query(String.class).single()).isEqualTo("shenava");
                assertThat(sql.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                        .query(Boolean.class).single()).isFalse();
                assertThat(sql.sql("select pg_get_userbyid(datdba) from pg_database where datname = current_database()")
                        .query(String.class).single()).isEqualTo("shenava");
                assertThat(sql.sql("show listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
                // what a superuser could do and the application must not: read the server's files
                assertThatThrownBy(() -> sql.sql("select pg_read_file('postgresql.conf')").query(String.class).single())
                        .rootCause().hasMessageContaining("permission denied");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionIsUpgradedAndKeepsItsRows() throws Exception {
        Path pg = dir.resolve("pg");
        // As earlier versions made it: zonky's defaults (trust), tables in the database postgres, owned by postgres.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pg.toFile())
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table flyway_schema_history (installed_rank int primary key, version varchar(50))");
            s.execute("insert into flyway_schema_history values (1, '1')");
            s.execute("create table complaint_old (id bigserial primary key, description text not null)");
            s.execute("insert into complaint_old (description) select 'شکایت ' || g from generate_series(1, 25) g");
            s.execute("create function shout(t text) returns text language sql as $$ select upper(t) $$");
        }
        assertThat(Files.readString(pg.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(dir, false, 0);
        try {
            assertThat(DatabaseDoor.trusts(pg.resolve("pg_hba.conf"))).isFalse();
            assertRefusedWithoutPassword(server.port());
            try (Connection app = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
                JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(app, true));
                assertThat(sql.sql("select count(*) from complaint_old where description like 'شکایت %'")
                        .query(Integer.class).single()).isEqualTo(25);
                assertThat(sql.sql("select version from flyway_schema_history").query(String.class).single()).isEqualTo("1");
                // the application owns what it must migrate: it can alter tables, use sequences and functions
                sql.sql("alter table complaint_old add column note text").update();
                assertThat(sql.sql("insert into complaint_old (description) values (shout('x')) returning id")
                        .query(Long.class).single()).isEqualTo(26L);
                assertThat(sql.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                        .isFalse();
            }
        } finally {
            server.stop();
        }
        // and the next start of the upgraded directory finds everything in place
        EmbeddedPostgresServer again = EmbeddedPostgresServer.startOnce(dir, false, 0);
        try (Connection app = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password())) {
            assertThat(JdbcClient.create(new SingleConnectionDataSource(app, true))
                    .sql("select count(*) from complaint_old").query(Integer.class).single()).isEqualTo(26);
        } finally {
            again.stop();
        }
    }

    private static void assertRefusedWithoutPassword(int port) {
        for (String user : new String[] {"postgres", "shenava"}) {
            for (String database : new String[] {"postgres", "shenava", "template1"}) {
                Properties noPassword = new Properties();
                noPassword.setProperty("user", user);
                assertThatThrownBy(() -> DriverManager.getConnection(DatabaseDoor.jdbcUrl(port, database), noPassword).close())
                        .as("%s on %s", user, database).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                Properties wrong = new Properties();
                wrong.setProperty("user", user);
                wrong.setProperty("password", "guess");
                assertThatThrownBy(() -> DriverManager.getConnection(DatabaseDoor.jdbcUrl(port, database), wrong).close())
                        .as("%s on %s with a guess", user, database).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
        }
    }
}
