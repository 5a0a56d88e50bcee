package ir.shenava.intake.web;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * The cases module opens (and acknowledges) a case for every complaint after commit, on another
 * thread, and tells intake the public status. Tests that set a status themselves wait for that
 * first, so the two never race.
 */
final class OpenedCase {

    private OpenedCase() {
    }

    static void awaitFor(JdbcTemplate jdbc, long complaintId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from complaint_case where id = ? and acknowledged_at is not null", Integer.class,
                complaintId) == 1);
    }
}
