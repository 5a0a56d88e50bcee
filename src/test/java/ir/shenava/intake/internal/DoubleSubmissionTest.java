package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.TrackingCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A double click sends the form twice at once with the same submission key: both requests look for
 * an earlier complaint, find none, and insert; the second waits on the unique key until the first
 * commits. It must then answer with the first's complaint, not fail.
 */
@ShenavaIntegrationTest
class DoubleSubmissionTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    ComplaintIntake intake;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    private static Submission submission(String key) {
        return new Submission("دوبار کلیک", null, null, "double@example.ir", "SALES", null, null, "ارسال دوباره " + key,
                "شرح", null, null, null, key);
    }

    private int waitingForALock() {
        return jdbc.sql("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
                .query(Integer.class).single();
    }

    @Test
    void sendsWithOneKeyThatMeetInTheDatabaseAllGetTheOneComplaint() throws Exception {
        String key = "double:" + TrackingCode.random().value();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(3);
        try {
            // the first request has inserted its complaint but not yet committed
            Future<Complaint> first = requests.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                Complaint c = intake.register(Channel.WEB_FORM, submission(key), List.of());
                inserted.countDown();
                try {
                    commit.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return c;
            }));
            assertThat(inserted.await(60, TimeUnit.SECONDS)).isTrue();
            int waitingBefore = waitingForALock();

            // meanwhile the same form arrives again, without files (shared commit) and with them (its own)
            Future<Complaint> second = requests.submit(() -> intake.register(Channel.WEB_FORM, submission(key), List.of()));
            Future<Complaint> third = requests.submit(() -> intake.register(Channel.WEB_FORM, submission(key),
                    List.of(ComplaintFile.check("photo.png", PNG))));
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock() >= waitingBefore + 2);
            commit.countDown();

            Complaint stored = first.get(60, TimeUnit.SECONDS);
            Complaint again = second.get(60, TimeUnit.SECONDS);
            Complaint withFiles = third.get(60, TimeUnit.SECONDS);
            assertThat(again.getId()).isEqualTo(stored.getId());
            assertThat(withFiles.getId()).isEqualTo(stored.getId());
            assertThat(again.getTrackingCode()).isEqualTo(stored.getTrackingCode());
            assertThat(withFiles.getTrackingCode()).isEqualTo(stored.getTrackingCode());
            // only the first says it stored the complaint (the API answers 201 to it, 200 to the replays)
            assertThat(stored.isRegisteredNow()).isTrue();
            assertThat(again.isRegisteredNow()).isFalse();
            assertThat(withFiles.isRegisteredNow()).isFalse();
            assertThat(jdbc.sql("select count(*) from complaint where submission_key = ?").param(key)
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            commit.countDown();
            requests.shutdownNow();
        }
    }
}
