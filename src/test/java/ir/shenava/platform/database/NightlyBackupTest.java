package ir.shenava.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The nightly backup writes a whole, readable archive and deletes only its own archives older than the kept days. */
@ShenavaIntegrationTest
class NightlyBackupTest {

    @Autowired
    NightlyBackup nightly;
    @Autowired
    TestClock clock;

    @TempDir
    Path folder;

    @Test
    void writesTonightsBackupAndDeletesOnlyItsOwnOlderThanTheKeptDays() throws Exception {
        LocalDate today = LocalDate.now(clock); // the job names its files in the same clock
        Path old = Files.writeString(folder.resolve("shenava-" + today.minusDays(15) + "-023000.zip"), "old");
        Path recent = Files.writeString(folder.resolve("shenava-" + today.minusDays(13) + "-023000.zip"), "recent");
        Path someoneElses = Files.writeString(folder.resolve("notes-" + today.minusDays(40) + ".zip"), "keep");

        BackupSummary summary = nightly.runInto(folder);

        assertThat(summary.file()).exists().hasParent(folder);
        assertThat(summary.file().getFileName().toString()).startsWith("shenava-" + today).endsWith(".zip");
        BackupManifestView manifest = SnapshotRestore.read(summary.file());
        assertThat(manifest.tables()).isEqualTo(summary.tables()).isGreaterThan(30);
        assertThat(manifest.schemaVersion()).isEqualTo(summary.schemaVersion());
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(someoneElses).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }
}
