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
        // the job names its files by the Jalali day in Tehran, in the same clock (issue 15 §14)
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Tehran"));
        Path old = Files.writeString(folder.resolve("shenava-" + jalali(today.minusDays(15)) + "-023000.zip"), "old");
        Path recent = Files.writeString(folder.resolve("shenava-" + jalali(today.minusDays(13)) + "-023000.zip"), "recent");
        // names by the Gregorian day, written before, are pruned by the same rule
        Path oldGregorian = Files.writeString(folder.resolve("shenava-" + today.minusDays(16) + "-023000.zip"), "old");
        Path recentGregorian = Files.writeString(folder.resolve("shenava-" + today.minusDays(12) + "-023000.zip"), "recent");
        Path someoneElses = Files.writeString(folder.resolve("notes-" + today.minusDays(40) + ".zip"), "keep");

        BackupSummary summary = nightly.runInto(folder);

        assertThat(summary.file()).exists().hasParent(folder);
        assertThat(summary.file().getFileName().toString()).startsWith("shenava-" + jalali(today) + "-").endsWith(".zip")
                .matches("shenava-1[34]\\d\\d-\\d\\d-\\d\\d-\\d{6}\\.zip");
        BackupManifestView manifest = SnapshotRestore.read(summary.file());
        assertThat(manifest.tables()).isEqualTo(summary.tables()).isGreaterThan(30);
        assertThat(manifest.schemaVersion()).isEqualTo(summary.schemaVersion());
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(oldGregorian).doesNotExist();
        assertThat(recentGregorian).exists();
        assertThat(someoneElses).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    private static String jalali(LocalDate day) {
        return ir.shenava.shared.JalaliDate.fromGregorian(day).toNumericString().replace('/', '-');
    }
}
