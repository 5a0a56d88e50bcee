package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.TrackingCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Complaints registered at the same moment share their commit; each caller still gets its own
 * complaint, committed before the call returns, and a complaint the database refuses fails alone.
 */
@ShenavaIntegrationTest
class GroupCommitIntakeTest {

    @Autowired
    ComplaintIntake intake;

    @Autowired
    JdbcClient jdbc;

    private static Submission submission(String subject, String key) {
        return new Submission("شاکی گروهی", null, null, "group@example.ir", "SALES", null, null, subject, "شرح", null, null,
                null, key);
    }

    @Test
    void thirtyTwoCallersAtOnceEachGetTheirOwnCommittedComplaintAndABadOneFailsAlone() throws Exception {
        String run = TrackingCode.random().value();
        ExecutorService callers = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Complaint>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            // number 7 has a subject longer than its column (200): the database refuses it
            String subject = i == 7 ? "x".repeat(300) : "گروه " + run + " شماره " + i;
            String key = i == 20 || i == 21 ? "group:" + run : null;   // a double click: one complaint for both
            Callable<Complaint> call = () -> {
                start.await();
                return intake.register(Channel.WEB_FORM, submission(subject, key), List.of());
            };
            results.add(callers.submit(call));
        }
        start.countDown();

        java.util.Map<Integer, Long> ids = new java.util.TreeMap<>();
        Throwable refused = null;
        for (int i = 0; i < 32; i++) {
            try {
                Complaint complaint = results.get(i).get(60, TimeUnit.SECONDS);
                // committed when register returned: visible to another connection at once
                assertThat(jdbc.sql("select subject from complaint where id = ?").param(complaint.getId())
                        .query(String.class).single()).isEqualTo(complaint.getSubject());
                ids.put(i, complaint.getId());
            } catch (ExecutionException e) {
                assertThat(i).isEqualTo(7);
                refused = e.getCause();
            }
        }
        callers.shutdown();

        assertThat(refused).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(ids).hasSize(31);
        assertThat(ids.get(20)).isEqualTo(ids.get(21));
        assertThat(ids.values().stream().distinct()).hasSize(30);
        assertThat(jdbc.sql("select count(*) from complaint where subject like ?").param("گروه " + run + " %")
                .query(Long.class).single()).isEqualTo(30);
    }
}
