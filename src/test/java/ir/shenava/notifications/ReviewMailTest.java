package ir.shenava.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.analytics.ReviewActionReminder;
import ir.shenava.analytics.ReviewDraftPrepared;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.staff.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The management review's notices go by mail as case notifications do: the quarter-end draft to the
 * quality managers and the CEO (not to one who turned that mail off: he keeps the row in his list),
 * an action's reminder to the person it names — Persian, Jalali, Persian digits.
 */
@ShenavaIntegrationTest
class ReviewMailTest {

    @Autowired
    CaseTestSupport support;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDraftIsMailedToTheQualityManagerAndTheCeoAndAnActionReminderToItsOwner() throws Exception {
        TestMailServer.running();
        CaseTestSupport.Person quality = support.person(Role.QUALITY_MANAGER, null);
        CaseTestSupport.Person ceo = support.person(Role.CEO, null);
        CaseTestSupport.Person quiet = support.person(Role.QUALITY_MANAGER, null);
        jdbc.update("insert into notification_mail_off (staff_id, kind) values (?, 'REVIEW_DRAFT_PREPARED')", quiet.id());
        long reviewId = ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000L);
        publish(new ReviewDraftPrepared(reviewId, "1391-Q2", Instant.now()));

        for (CaseTestSupport.Person p : new CaseTestSupport.Person[] {quality, ceo}) {
            String email = p.username() + "@example.ir";
            await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(email).size() == 1);
            MimeMessage mail = Mails.to(email).get(0);
            assertThat(mail.getSubject()).isEqualTo("پیش‌نویس بازنگری مدیریت — بازنگری مدیریت");
            assertThat(Mails.part(mail, "text/html")).contains("سه‌ماهه ۲ سال ۱۳۹۱", "باز کردن بازنگری",
                    "http://localhost:8080/analytics/reviews");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(quiet.id(), "REVIEW_DRAFT_PREPARED") == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6))
                .until(() -> Mails.to(quiet.username() + "@example.ir").isEmpty());

        CaseTestSupport.Person owner = support.person(Role.SALES_EXPERT, null);
        long actionId = ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000L);
        publish(new ReviewActionReminder(actionId, reviewId, owner.id(), ReviewActionReminder.Kind.OVERDUE,
                LocalDate.of(2025, 3, 20)));
        String email = owner.username() + "@example.ir";
        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(email).size() == 1);
        assertThat(Mails.part(Mails.to(email).get(0), "text/html")).contains("۳۰ اسفند ۱۴۰۳", "موعدش گذشته است",
                "http://localhost:8080/analytics/actions/mine");
    }

    private long rows(long staffId, String kind) {
        return jdbc.queryForObject("select count(*) from staff_notification where staff_id = ? and kind = ?", Long.class,
                staffId, kind);
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
    }
}
