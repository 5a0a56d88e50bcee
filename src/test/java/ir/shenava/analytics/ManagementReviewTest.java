package ir.shenava.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.review.ActionWatch;
import ir.shenava.analytics.review.ManagementReviews;
import ir.shenava.analytics.review.QuarterEndJob;
import ir.shenava.analytics.review.Review;
import ir.shenava.analytics.review.ReviewRuleException;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveyMode;
import ir.shenava.surveys.SurveySection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The management review: its snapshot stays as it was when later data arrives (and the dashboard
 * says today's figures differ), the CEO's approval locks it (in the service and in the database),
 * the quarter-end job prepares a draft exactly once across two schedulers, and actions remind and
 * escalate once.
 */
@ShenavaIntegrationTest
class ManagementReviewTest {

    static final AtomicLong IDS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementReviews reviews;
    @Autowired
    QuarterDashboards dashboards;
    @Autowired
    QuarterEndJob job;
    @Autowired
    ActionWatch watch;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;

    long survey(Instant at, int score) {
        long id = IDS.incrementAndGet();
        tx.executeWithoutResult(s -> events.publishEvent(new SurveyCompleted(id, id, 1, List.of(), Set.of(), Set.of(), 1, 1,
                SurveyMode.PHONE, null, at, List.of(new SurveyAnswer("Q_OVERALL", SurveySection.OVERALL, QuestionType.SCALE, score,
                        false, score <= 2, score <= 2 ? List.of("PRODUCT.DEFECT") : List.of(), null)))));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from analytics_survey where survey_id = ?", Long.class, id) == 1);
        return id;
    }

    long person(Role role, Long managerId) {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, "password-123", new StaffAccounts.Profile("همکار " + username, username + "@example.ir",
                null, null, managerId, Set.of(role), true)).getId();
    }

    @Test
    void theSnapshotStaysWhenLaterDataArrivesAndTheDashboardSaysTodayDiffers() throws Exception {
        JalaliQuarter q = new JalaliQuarter(1392, 3);
        survey(Instant.parse("2013-10-01T06:00:00Z"), 2);
        long reviewId = reviews.prepare(q, null).orElseThrow();
        assertThat(reviews.prepare(q, null)).as("one review per quarter").isEmpty();

        survey(Instant.parse("2013-10-02T06:00:00Z"), 5);   // a late answer after the draft
        Review review = reviews.find(q).orElseThrow();
        assertThat(review.id()).isEqualTo(reviewId);
        assertThat(review.snapshot().now().surveys().completed()).isEqualTo(1);
        assertThat(review.snapshot().now().surveyReasons()).extracting(b -> b.code()).containsExactly("PRODUCT.DEFECT");
        assertThat(review.reasons()).extracting(Review.ReasonAnalysis::reasonCode).containsExactly("PRODUCT.DEFECT");
        assertThat(dashboards.compute(q, null).surveys().completed()).isEqualTo(2);

        String page = mvc.perform(get("/analytics").param("quarter", "1392-Q3").with(user("ceo").roles("CEO")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("review-differs").contains("ارقام امروز با ارقام ثبت‌شده در بازنگری تفاوت دارد");
        String reviewPage = mvc.perform(get("/analytics/reviews/1392-Q3").with(user("ceo").roles("CEO")))
                .andReturn().getResponse().getContentAsString();
        assertThat(reviewPage).contains("خرابی یا عیب دستگاه").contains("review-kpis");
    }

    @Test
    void approvalLocksTheReviewInTheServiceAndTheDatabaseButCorrectionsAndActionProgressGoOn() throws Exception {
        JalaliQuarter q = new JalaliQuarter(1392, 4);
        survey(Instant.parse("2014-01-05T06:00:00Z"), 1);
        reviews.prepare(q, null).orElseThrow();
        long owner = person(Role.MANAGER, null);
        // the quality manager writes through the pages: analysis, root cause, an action (Jalali due date in Persian digits)
        mvc.perform(post("/analytics/reviews/1392-Q4/analysis").with(csrf()).with(user("qm").roles("QUALITY_MANAGER"))
                .param("analysis", "جمع‌بندی").param("attendees", "مدیرعامل، مدیر کیفیت")
                .param("cause.SURVEY:PRODUCT.DEFECT", "کنترل کیفیت ورودی ضعیف است"));
        mvc.perform(post("/analytics/reviews/1392-Q4/actions").with(csrf()).with(user("qm").roles("QUALITY_MANAGER"))
                .param("description", "بازنگری کنترل ورودی").param("ownerId", String.valueOf(owner)).param("dueOn", "۱۳۹۳/۰۲/۱۵"));
        // a bad date loses nothing and says why
        String bad = mvc.perform(post("/analytics/reviews/1392-Q4/actions").with(csrf()).with(user("qm").roles("QUALITY_MANAGER"))
                .param("description", "x").param("ownerId", String.valueOf(owner)).param("dueOn", "فردا"))
                .andReturn().getFlashMap().get("error").toString();
        assertThat(bad).isEqualTo("analytics.review.error.due");
        Review drafted = reviews.find(q).orElseThrow();
        assertThat(drafted.reasons().get(0).rootCause()).isEqualTo("کنترل کیفیت ورودی ضعیف است");
        assertThat(drafted.actions()).singleElement().satisfies(a -> {
            assertThat(a.ownerId()).isEqualTo(owner);
            assertThat(a.dueOn()).isEqualTo(LocalDate.of(2014, 5, 5));
        });
        // only the CEO approves
        assertThat(mvc.perform(post("/analytics/reviews/1392-Q4/approve").with(csrf()).with(user("qm").roles("QUALITY_MANAGER")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/analytics/reviews/1392-Q4/approve").with(csrf()).with(user("ceo").roles("CEO")));
        Review approved = reviews.find(q).orElseThrow();
        assertThat(approved.locked()).isTrue();

        assertThatThrownBy(() -> reviews.analyse(q, "تغییر", "", Map.of())).isInstanceOf(ReviewRuleException.class);
        assertThatThrownBy(() -> reviews.addAction(q, "اقدام تازه", owner, LocalDate.of(2014, 6, 1)))
                .isInstanceOf(ReviewRuleException.class);
        assertThatThrownBy(() -> jdbc.update("update analytics_review set analysis = 'x' where id = ?", approved.id()))
                .rootCause().hasMessageContaining("approved and locked");
        assertThatThrownBy(() -> jdbc.update("update analytics_review_reason set root_cause = 'x' where review_id = ?", approved.id()))
                .rootCause().hasMessageContaining("approved and locked");
        assertThat(reviews.find(q).orElseThrow().analysis()).isEqualTo("جمع‌بندی");

        reviews.correct(q, "اصلاح: حاضران جلسه کامل نبود", null);
        reviews.updateAction(approved.actions().get(0).id(), Review.ActionStatus.DONE, "صورتجلسه ۱۲");
        Review after = reviews.find(q).orElseThrow();
        assertThat(after.corrections()).extracting(Review.Correction::body).containsExactly("اصلاح: حاضران جلسه کامل نبود");
        assertThat(after.actions().get(0).status()).isEqualTo(Review.ActionStatus.DONE);
    }

    @Test
    void theQuarterEndJobPreparesTheDraftOnceAcrossTwoSchedulersAndTellsTheQualityManagerOnce() throws Exception {
        long qm = person(Role.QUALITY_MANAGER, null);
        // 1392-04-19: 1392-Q1 has ended and its first working day after has passed
        clock.set(Instant.parse("2013-07-10T06:00:00Z"));
        JalaliQuarter q = new JalaliQuarter(1392, 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> runs = new ArrayList<>();
            runs.add(() -> { job.onSchedule(); return null; });   // two "nodes" through ShedLock
            runs.add(() -> { job.onSchedule(); return null; });
            runs.add(() -> job.runOnce());                          // and two that bypass the lock
            runs.add(() -> job.runOnce());
            for (Future<Object> f : pool.invokeAll(runs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from analytics_review where quarter_key = 13921", Long.class)).isEqualTo(1);
        long reviewId = reviews.find(q).orElseThrow().id();
        assertThat(jdbc.queryForObject("select count(*) from analytics_notice where staff_id = ? and review_id = ? and kind = 'DRAFT_PREPARED'",
                Long.class, qm, reviewId)).isEqualTo(1);
        assertThat(job.runOnce()).isEmpty();
    }

    @Test
    void actionsRemindTheirOwnerBeforeTheDueDateAndEscalateOnceWhenOverdue() {
        JalaliQuarter q = new JalaliQuarter(1393, 1);
        reviews.prepare(q, null).orElseThrow();
        long boss = person(Role.SENIOR_MANAGER, null);
        long owner = person(Role.MANAGER, boss);
        long actionId = reviews.addAction(q, "آموزش دوباره نصاب‌ها", owner, LocalDate.of(2014, 8, 10));

        clock.set(Instant.parse("2014-08-08T06:00:00Z"));   // two days before
        watch.runOnce();
        watch.runOnce();
        assertThat(kinds(owner, actionId)).containsExactly("DUE_SOON");
        assertThat(kinds(boss, actionId)).isEmpty();

        clock.set(Instant.parse("2014-08-12T06:00:00Z"));   // overdue
        watch.runOnce();
        watch.runOnce();
        assertThat(kinds(owner, actionId)).containsExactlyInAnyOrder("DUE_SOON", "OVERDUE");
        assertThat(kinds(boss, actionId)).containsExactly("ESCALATED");

        reviews.updateAction(actionId, Review.ActionStatus.DONE, "انجام شد");
        clock.set(Instant.parse("2014-08-20T06:00:00Z"));
        assertThat(watch.runOnce()).isZero();
    }

    List<String> kinds(long staffId, long actionId) {
        return jdbc.queryForList("select kind from analytics_notice where staff_id = ? and action_id = ? order by id", String.class,
                staffId, actionId);
    }
}
