package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The domain metrics on /actuator/prometheus. The database is shared with every other test, so a
 * gauge is compared with the same figure counted here independently, read while nothing else
 * changed it (the count before and after the scrape agree).
 */
@ShenavaIntegrationTest
class DomainMetricsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    TestClock clock;

    private final String tag = UUID.randomUUID().toString();

    @Test
    void complaintsPerChannelAreCountedAfterCommit() throws Exception {
        double before = value(scrape(), "shenava_complaints_received_total{channel=\"PHONE\"}");
        double webBefore = value(scrape(), "shenava_complaints_received_total{channel=\"CEO_PAGE\"}");
        support.complaint(Channel.PHONE, "سنجه " + tag, null);
        support.complaint(Channel.PHONE, "سنجه دوم " + tag, null);
        String after = scrape();
        assertThat(value(after, "shenava_complaints_received_total{channel=\"PHONE\"}")).isEqualTo(before + 2);
        assertThat(value(after, "shenava_complaints_received_total{channel=\"CEO_PAGE\"}")).isEqualTo(webBefore);
        for (Channel channel : Channel.values()) {
            assertThat(after).contains("shenava_complaints_received_total{channel=\"" + channel.name() + "\"}");
        }
    }

    @Test
    void openAndOverdueCasesMatchTheTable() throws Exception {
        long id = support.complaint(Channel.PHONE, "باز " + tag, null).getId();
        support.caseOf(id);
        assertThat(stable(this::openCases, "shenava_cases_open")).isGreaterThanOrEqualTo(1);
        clock.set(Instant.now().plus(Duration.ofDays(60)));
        // sixty days on, our case (never investigated) is past its resolution due date
        double overdue = stable(this::overdueCases, "shenava_cases_overdue");
        assertThat(overdue).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select resolution_due_at < ? from complaint_case where id = ?", Boolean.class,
                Timestamp.from(clock.instant()), id)).isTrue();
    }

    @Test
    void incompletePublicationsMailsAndSmsAreReported() throws Exception {
        UUID publication = UUID.randomUUID();
        Instant twoHoursAgo = clock.instant().minus(Duration.ofHours(2));
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, "
                        + "completion_attempts) values (?, ?, 'ir.shenava.notifications.internal.StaffNotified', ?, ?, 'FAILED', 1)",
                publication, "ir.shenava.notifications.internal.StaffMail.on(ir.shenava.notifications.internal.StaffNotified)",
                "{\"metricsTest\":\"" + tag + "\"}", Timestamp.from(twoHoursAgo));
        jdbc.update("insert into sms_message (idempotency_key, phone, text, parts, state, next_attempt_at, created_at) "
                + "values (?, '+989121234567', 'x', 1, 'FAILED', now(), now())", "metrics-" + tag);
        try {
            String page = scrape();
            assertThat(value(page, "shenava_events_oldest_incomplete_age_seconds")).isGreaterThanOrEqualTo(7200);
            assertThat(stable(() -> count("select count(*) from event_publication where completion_date is null"),
                    "shenava_events_incomplete")).isGreaterThanOrEqualTo(1);
            assertThat(stable(() -> count("select count(*) from event_publication where completion_date is null and "
                    + "listener_id like 'ir.shenava.notifications.%' and (listener_id like '%Mail.on(%' "
                    + "or listener_id like '%.Acknowledgement.%' or listener_id like '%.CustomerMails.%')"),
                    "shenava_mails_pending")).isGreaterThanOrEqualTo(1);
            assertThat(value(page, "shenava_mails_failed")).isGreaterThanOrEqualTo(1);
            assertThat(stable(() -> count("select count(*) from sms_message where state = 'FAILED'"), "shenava_sms_failed"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(page).contains("shenava_sms_pending").contains("shenava_mailbox_fetch_failures_total")
                    .contains("shenava_mailboxes_failing");
        } finally {
            jdbc.update("delete from event_publication where id = ?", publication);
            jdbc.update("delete from sms_message where idempotency_key = ?", "metrics-" + tag);
        }
    }

    @Test
    void onlyAnAdministratorReadsTheMetrics() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus").with(user("m-" + tag).roles("CEO"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private double openCases() {
        return count("select count(*) from complaint_case where state not in ('CLOSED', 'REJECTED')");
    }

    /** Counted without the metric's SQL: the first milestone not yet met, compared in Java. */
    private double overdueCases() {
        Instant now = clock.instant();
        return jdbc.query("select acknowledged_at, acknowledge_due_at, first_contact_at, first_contact_due_at, communicated_at, "
                        + "resolution_due_at from complaint_case where state not in ('CLOSED', 'REJECTED')", (rs, n) -> {
                    Timestamp due = rs.getTimestamp(1) == null ? rs.getTimestamp(2)
                            : rs.getTimestamp(3) == null ? rs.getTimestamp(4)
                            : rs.getTimestamp(5) == null ? rs.getTimestamp(6) : null;
                    return due != null && !due.toInstant().isAfter(now);
                }).stream().filter(Boolean::booleanValue).count();
    }

    private double count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** The gauge's value, read when the table did not change around the scrape; equal to the table's count. */
    private double stable(Supplier<Double> counted, String metric) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            double before = counted.get();
            double scraped = value(scrape(), metric);
            if (before == counted.get()) {
                assertThat(scraped).as(metric).isEqualTo(before);
                return scraped;
            }
        }
        throw new AssertionError(metric + ": the table kept changing during every scrape");
    }

    private String scrape() throws Exception {
        var response = mvc.perform(get("/actuator/prometheus").with(user("metrics-" + tag).roles("ADMIN")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static double value(String page, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + "(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$", Pattern.MULTILINE)
                .matcher(page);
        if (!m.find()) {
            throw new AssertionError("no " + series + " in the scrape");
        }
        return Double.parseDouble(m.group(1));
    }
}
