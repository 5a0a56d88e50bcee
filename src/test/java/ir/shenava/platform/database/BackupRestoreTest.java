package ir.shenava.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.Channel;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup and restore of the suite's database while complaints are being written: the restore goes
 * into a second embedded PostgreSQL in a fresh data directory (the suite's database is never
 * touched), and there every table holds exactly the rows of the snapshot, attachments included;
 * then the application itself starts on that directory ({@link RestoredNode}) and works.
 */
@ShenavaIntegrationTest
class BackupRestoreTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    org.springframework.core.env.Environment environment;

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileComplaintsAreWrittenRestoresTheSameRowsIntoAFreshDataDirectory() throws Exception {
        String tag = "پشتیبان " + UUID.randomUUID();
        var firstComplaint = support.complaint(Channel.WEB_FORM, tag + " اول", "backup@example.ir");
        long first = firstComplaint.getId();
        // someone who will sign in to the application started on the restored data
        String staffName = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        accounts.create(staffName, "temporary-123", new StaffAccounts.Profile("مدیر بازیابی " + staffName, null, null, null,
                null, EnumSet.of(Role.ADMIN), true));
        accounts.changeOwnPassword(staffName, "temporary-123", "Restored-pass-12345");
        byte[] photo = new byte[70_000];
        new Random(first).nextBytes(photo);
        jdbc.update("insert into complaint_attachment (complaint_id, file_name, content_type, size_bytes, content, uploaded_at) "
                + "values (?, 'عکس.jpg', 'image/jpeg', ?, ?, now())", first, photo.length, photo);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    support.complaint(Channel.WEB_FORM, tag + " " + writer + "-" + i, "backup@example.ir");
                    written.incrementAndGet();
                }
                return null;
            }));
        }
        Path archive = dir.resolve("shenava.zip");
        TreeMap<String, String> snapshot;
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> written.get() >= 4);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                snapshot = checksums(c); // the first read fixes the snapshot the backup then writes
                try (OutputStream out = Files.newOutputStream(archive)) {
                    SnapshotBackup.writeInTransaction(c, out, BackupProgress.NONE);
                }
                c.commit();
            }
        } finally {
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            writers.shutdown();
        }
        assertThat(snapshot).containsKeys("complaint", "complaint_case", "complaint_attachment", "event_publication",
                "flyway_schema_history", "staff");

        Path restoredDir = dir.resolve("data");
        List<String> progress = new ArrayList<>();
        BackupSummary summary = DatabaseCommand.restoreIntoFreshDataDirectory(restoredDir, archive, "classpath:db/migration",
                (table, done, total) -> progress.add(done + "/" + total));
        assertThat(summary.tables()).isEqualTo(snapshot.size());
        assertThat(progress).hasSize(snapshot.size()).last().isEqualTo(snapshot.size() + "/" + snapshot.size());

        EmbeddedPostgresServer restored = EmbeddedPostgresServer.startOnce(restoredDir, false, 0);
        try (Connection r = DatabaseDoor.connect(restored.port(), DatabaseDoor.DATABASE, restored.username(), restored.password())) {
            assertThat(checksums(r)).isEqualTo(snapshot);
            assertThat(bytes(r, "select content from complaint_attachment where complaint_id = " + first)).isEqualTo(photo);
            assertThat(number(r, "select count(*) from complaint where subject like '" + tag + "%'")).isGreaterThanOrEqualTo(5);
            // consistent: each complaint has its case, or the event that opens it is still waiting to be delivered
            assertThat(number(r, "select count(*) from complaint c where not exists (select 1 from complaint_case k where k.id = c.id) "
                    + "and not exists (select 1 from event_publication p where p.completion_date is null "
                    + "and p.event_type like '%ComplaintRegistered' and p.serialized_event ~ ('\"complaintId\":' || c.id || '[,}]'))"))
                    .isZero();
            // the sequences continue after the restored rows
            assertThat(number(r, "select nextval('complaint_id_seq') - (select max(id) from complaint)")).isPositive();
        } finally {
            restored.stop();
        }

        // and the command line backs up the restored database (starting its server for the time of the backup)
        Path again = dir.resolve("again.zip");
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        int exit = DatabaseCommand.run(new String[] {"backup", again.toString(), "--shenava.data-dir=" + restoredDir},
                new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(SnapshotRestore.read(again).rows()).isEqualTo(summary.rows());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("backup " + again).contains(snapshot.size() + " tables");

        // last (it writes: sign-in, rate counters), the application itself starts on the restored data directory and works
        RestoredNode.check(restoredDir, environment.getProperty("spring.datasource.url"), staffName, "Restored-pass-12345", firstComplaint.getTrackingCode().display(),
                "backup@example.ir", tag + " اول");
    }

    @Test
    void aDamagedArchiveIsRefusedAndTheEarlierDatabaseStaysInPlace() throws Exception {
        Path archive = dir.resolve("shenava.zip");
        try (Connection c = dataSource.getConnection()) {
            SnapshotBackup.write(c, archive, BackupProgress.NONE);
        }
        // the same archive, but one line missing from the complaint categories' data
        Path damaged = dir.resolve("damaged.zip");
        try (ZipFile in = new ZipFile(archive.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("data/complaint_category.copy")) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    content = text.substring(text.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Path restoredDir = dir.resolve("data");
        EmbeddedPostgresServer earlier = EmbeddedPostgresServer.startOnce(restoredDir, false, 0);
        try (Connection c = DatabaseDoor.connect(earlier.port(), DatabaseDoor.DATABASE, earlier.username(), earlier.password())) {
            c.createStatement().execute("create table kept_before_restore (id int)");
        } finally {
            earlier.stop();
        }

        assertThatThrownBy(() -> DatabaseCommand.restoreIntoFreshDataDirectory(restoredDir, damaged, "classpath:db/migration",
                BackupProgress.NONE)).isInstanceOf(BackupException.class).hasMessageContaining("complaint_category")
                .hasMessageContaining("damaged");

        try (var entries = Files.list(restoredDir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("pg-before-restore"));
        }
        EmbeddedPostgresServer again = EmbeddedPostgresServer.startOnce(restoredDir, false, 0);
        try (Connection c = DatabaseDoor.connect(again.port(), DatabaseDoor.DATABASE, again.username(), again.password())) {
            assertThat(number(c, "select count(*) from kept_before_restore")).isZero();
        } finally {
            again.stop();
        }
    }

    /** Per table: its row count and the MD5 of all its rows as text, in a fixed order. */
    static TreeMap<String, String> checksums(Connection c) throws SQLException {
        TreeMap<String, String> sums = new TreeMap<>();
        for (String table : SchemaCatalog.tables(c)) {
            String quoted = SchemaCatalog.quote(table);
            try (PreparedStatement s = c.prepareStatement("select count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' "
                    + "order by t::text)), '') from " + quoted + " t"); ResultSet rows = s.executeQuery()) {
                rows.next();
                sums.put(table, rows.getString(1));
            }
        }
        return sums;
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static byte[] bytes(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getBytes(1);
        }
    }
}
