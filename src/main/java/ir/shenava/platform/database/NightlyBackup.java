package ir.shenava.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import ir.shenava.shared.JalaliDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Every night (02:30 Tehran by default) one node writes a backup into the backup folder
 * ({@code shenava.backup.folder}, default {@code <data-dir>/backups}; better another disk) and
 * deletes the nightly backups older than {@code shenava.backup.keep-days}. ShedLock makes sure two
 * nodes never both write one. Only files named like the job's own are ever deleted.
 */
@Component
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
    /** Named by the Jalali day in Tehran (issue 15 §14); names by the Gregorian day, from before, are still pruned. */
    private static final Pattern NAME = Pattern.compile("shenava-(\\d{4}-\\d{2}-\\d{2})-\\d{6}\\.zip");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final java.time.ZoneId TEHRAN = java.time.ZoneId.of("Asia/Tehran");

    private final DataSource dataSource;
    private final Clock clock;
    private final Path folder;
    private final int keepDays;

    NightlyBackup(DataSource dataSource, Clock clock, @Value("${shenava.backup.folder:}") String folder,
                  @Value("${shenava.data-dir:./data}") String dataDir, @Value("${shenava.backup.keep-days:14}") int keepDays) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.folder = StringUtils.hasText(folder) ? Path.of(folder) : Path.of(dataDir, "backups");
        this.keepDays = keepDays;
    }

    @Scheduled(cron = "${shenava.backup.cron:0 30 2 * * *}", zone = "${shenava.time-zone:Asia/Tehran}")
    @SchedulerLock(name = "platform-nightly-backup", lockAtLeastFor = "PT5M", lockAtMostFor = "PT6H")
    public void onSchedule() {
        try {
            BackupSummary summary = runInto(folder);
            log.info("Nightly backup {}: {} tables, {} rows, {} bytes", summary.file(), summary.tables(), summary.rows(),
                    summary.bytes());
        } catch (RuntimeException e) {
            log.error("The nightly backup into {} failed", folder, e);
        }
    }

    Path folder() {
        return folder;
    }

    /** Writes tonight's backup into {@code target}, then deletes the job's backups older than the kept days. */
    BackupSummary runInto(Path target) {
        return runInto(target, BackupProgress.NONE);
    }

    BackupSummary runInto(Path target, BackupProgress progress) {
        java.time.ZonedDateTime now = clock.instant().atZone(TEHRAN);
        // shenava-1405-09-12-023000.zip: Latin digits (safe in any file system), the Jalali day people count by
        Path file = target.resolve("shenava-" + JalaliDate.fromGregorian(now.toLocalDate()).toNumericString().replace('/', '-')
                + "-" + now.format(TIME) + ".zip");
        BackupSummary summary;
        try (Connection c = dataSource.getConnection()) {
            summary = SnapshotBackup.write(c, file, progress);
        } catch (SQLException e) {
            throw new BackupException("No connection for the nightly backup: " + e.getMessage(), e);
        }
        prune(target, now.toLocalDate().minusDays(keepDays));
        return summary;
    }

    /** The Gregorian day of a file name's date: Jalali (1405-09-12) or, in older names, Gregorian (2026-12-03). */
    private static LocalDate day(String name) {
        return Integer.parseInt(name.substring(0, 4)) >= 1700 ? LocalDate.parse(name)
                : JalaliDate.parse(name.replace('-', '/')).toGregorian();
    }

    private static void prune(Path target, LocalDate keepFrom) {
        try (var files = Files.list(target)) {
            List<Path> old = files.filter(f -> {
                Matcher m = NAME.matcher(f.getFileName().toString());
                return m.matches() && day(m.group(1)).isBefore(keepFrom);
            }).toList();
            for (Path f : old) {
                Files.deleteIfExists(f);
                log.info("Deleted the old backup {}", f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete old backups in " + target, e);
        }
    }
}
