package ir.shenava.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code demo}: the demo's year of cases is generated in a minute, so every notification of it is
 * new — the CEO started with 74 unread. In a living company what is about complaints received
 * more than a few days ago has been read: this marks those read (issue 15 §3), leaving the recent
 * ones and the survey reviews waiting. Runs after the cases' demo data, once their events are handled.
 */
@Component
@Profile("demo")
@Order(60)
class NotificationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NotificationDemoData.class);
    static final Duration RECENT = Duration.ofDays(3);

    private final JdbcClient jdbc;
    private final ComplaintFollowUp complaints;
    private final Clock clock;

    NotificationDemoData(JdbcClient jdbc, ComplaintFollowUp complaints, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        awaitEventsHandled(Duration.ofSeconds(60));
        Instant now = clock.instant();
        List<Long> caseIds = jdbc.sql("select distinct case_id from staff_notification where read_at is null and kind <> 'SURVEY_REVIEW_DUE'")
                .query(Long.class).list();
        int read = 0;
        for (long caseId : caseIds) {
            boolean old = complaints.summary(caseId).map(ComplaintSummary::receivedAt)
                    .map(at -> at.isBefore(now.minus(RECENT))).orElse(false);
            if (old) {
                read += jdbc.sql("update staff_notification set read_at = ? where case_id = ? and read_at is null "
                        + "and kind <> 'SURVEY_REVIEW_DUE'").params(Timestamp.from(now), caseId).update();
            }
        }
        log.info("Demo: {} notifications about older complaints marked read", read);
    }

    /** The demo's events are handled after their transactions, on other threads: wait (bounded) until none is left. */
    private void awaitEventsHandled(Duration atMost) throws InterruptedException {
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until)
                && jdbc.sql("select count(*) from event_publication where completion_date is null and coalesce(status, '') <> 'FAILED'").query(Long.class).single() > 0) {
            Thread.sleep(200);
        }
    }
}
