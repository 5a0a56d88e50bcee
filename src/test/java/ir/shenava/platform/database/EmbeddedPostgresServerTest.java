package ir.shenava.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traps of running PostgreSQL inside the app: a second app, and a postmaster orphaned by kill -9. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void aSecondAppOnTheSameDataDirectoryStopsAtOnceWithAClearMessage() throws Exception {
        FileLock first = EmbeddedPostgresServer.takeLock(dir);
        try {
            assertThatThrownBy(() -> EmbeddedPostgresServer.takeLock(dir))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("already running")
                    .hasMessageContaining(dir.toString());
        } finally {
            first.release();
            first.channel().close();
        }
        EmbeddedPostgresServer.takeLock(dir).release();
    }

    @Test
    void aPostmasterLeftBehindByAKilledAppIsStoppedSoTheNextStartWorks() throws Exception {
        Path pg = dir.resolve("pg");
        // Start a server and "forget" it, as a kill -9 of the JVM that owned it would.
        EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(pg.toFile())
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
        long pid = Long.parseLong(Files.readAllLines(pg.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid)).get().matches(ProcessHandle::isAlive);

        EmbeddedPostgresServer.stopOrphanedPostmaster(pg);

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        // it shut down cleanly (no stale pid file), so the next start finds a free data directory
        assertThat(pg.resolve("postmaster.pid")).doesNotExist();
        assertThat(pg.resolve("PG_VERSION")).exists();
        orphan.close();
    }
}
