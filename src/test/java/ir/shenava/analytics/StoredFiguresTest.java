package ir.shenava.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.analytics.internal.FiguresRefresh;
import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.analytics.internal.Quarters;
import ir.shenava.analytics.internal.SurveyProjection;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.staff.Role;
import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveyMode;
import ir.shenava.surveys.SurveySection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The stored per-quarter figures stay exact: computed once and then served from the store, computed
 * again after a late answer, a reopened case (which moves its closing quarter) and a case answered
 * late (overdue at the end of a later quarter), each time equal to a fresh computation; concurrent
 * views compute once; the dashboard page (its charts kept as HTML) follows the figures. Fixture in 1311-Q2/Q3 (1932) in a department of its own, where no other test writes.
 */
@ShenavaIntegrationTest
class StoredFiguresTest {

    static final JalaliQuarter Q = new JalaliQuarter(1311, 2);
    static final JalaliQuarter NEXT = Q.next();
    static final Instant IN_Q = Instant.parse("1932-08-01T06:00:00Z");
    static final Instant IN_NEXT = Instant.parse("1932-11-01T06:00:00Z");

    @Autowired
    AnalyticsRows rows;
    @Autowired
    QuarterDashboards dashboards;
    @Autowired
    SurveyProjection surveys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    FiguresRefresh refresh;
    @Autowired
    TransactionTemplate tx;

    @Test
    void storedFiguresFollowLateAnswersAndReopenedCasesAndEqualAFreshComputation() {
        assertThat(Quarters.of(IN_Q)).isEqualTo(Q);
        assertThat(Quarters.of(IN_NEXT)).isEqualTo(NEXT);
        AnalyticsRows.Manager m = rows.departmentWithManager(Role.MANAGER);
        String d = m.department();
        long closed = rows.complaint(d, IN_Q, "CLOSED", true, null);
        jdbc.update("update analytics_complaint set case_reasons = '{SALES.DELIVERY_LATE}' where complaint_id = ?", closed);
        rows.complaint(d, IN_Q, "ACKNOWLEDGED", null, null);
        // open past its due moment: overdue at the end of Q and of the next quarter
        long late = rows.complaint(d, IN_Q, "INVESTIGATING", null, IN_Q.plusSeconds(86_400));
        rows.survey(d, m.id(), IN_Q, 4);

        QuarterFigures first = dashboards.figures(Q, d);
        assertThat(dashboards.computations(Q, d)).isEqualTo(1);
        assertThat(first.complaints().received()).isEqualTo(3);
        assertThat(first.complaints().closed()).isEqualTo(1);
        assertThat(first.caseReasons()).extracting(QuarterFigures.ReasonBar::code).containsExactly("SALES.DELIVERY_LATE");
        assertThat(first.surveys().completed()).isEqualTo(1);
        assertThat(first.complaints().overdueAtEnd()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from analytics_quarter_figures where quarter_key = ? and slice = ?",
                Long.class, Quarters.key(Q), d)).isEqualTo(1);

        // nothing changed: served from the store
        assertThat(same(dashboards.figures(Q, d), first)).isTrue();
        assertThat(dashboards.computations(Q, d)).isEqualTo(1);
        assertThat(dashboards.figures(NEXT, d).complaints().overdueAtEnd()).isEqualTo(1);

        // a late answer: a survey of Q recorded through the projection after the figures were stored
        long surveyId = 7_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L);
        surveys.record(new SurveyCompleted(surveyId, surveyId, 1, List.of(), Set.of(m.id()), Set.of(), 1, 1, SurveyMode.PHONE,
                null, IN_Q.plusSeconds(3_600), List.of(new SurveyAnswer("Q_STAFF", SurveySection.STAFF_BEHAVIOUR,
                QuestionType.SCALE, 2, false, true, List.of(), null))));
        QuarterFigures afterAnswer = dashboards.figures(Q, d);
        assertThat(dashboards.computations(Q, d)).isEqualTo(2);
        assertThat(afterAnswer.surveys().completed()).isEqualTo(2);
        assertThat(afterAnswer.surveys().sections().get(0).distribution()).containsExactly(0, 1, 0, 1, 0);
        assertThat(same(afterAnswer, dashboards.compute(Q, d))).isTrue();

        // the case is reopened and closed again in the next quarter: its reason leaves Q for NEXT
        jdbc.update("""
                update analytics_complaint set reopened = true, closed_at = ?, closed_quarter_key = ? where complaint_id = ?""",
                Timestamp.from(IN_NEXT), Quarters.key(NEXT), closed);
        QuarterFigures afterReopen = dashboards.figures(Q, d);
        assertThat(afterReopen.complaints().reopened()).isEqualTo(1);
        assertThat(afterReopen.caseReasons()).isEmpty();
        assertThat(same(afterReopen, dashboards.compute(Q, d))).isTrue();
        QuarterFigures next = dashboards.figures(NEXT, d);
        assertThat(next.caseReasons()).extracting(QuarterFigures.ReasonBar::code).containsExactly("SALES.DELIVERY_LATE");
        assertThat(next.caseReasons().get(0).previousCount()).isZero();

        // the late case is answered in NEXT: still overdue at the end of Q, no longer at the end of NEXT
        jdbc.update("update analytics_complaint set communicated_at = ? where complaint_id = ?", Timestamp.from(IN_NEXT), late);
        assertThat(dashboards.figures(NEXT, d).complaints().overdueAtEnd()).isZero();
        assertThat(dashboards.figures(Q, d).complaints().overdueAtEnd()).isEqualTo(1);
        assertThat(same(dashboards.figures(NEXT, d), dashboards.compute(NEXT, d))).isTrue();
    }

    /**
     * A transaction moves a quarter's counter once however many statements write it (a survey's row,
     * its answers in one statement, its call), and the next transaction moves it again; the call of a
     * phone survey is recorded with the survey, as completed.
     */
    @Test
    void aTransactionMovesAQuartersCounterOnceAndTheNextTransactionMovesItAgain() {
        JalaliQuarter quiet = new JalaliQuarter(1305, 1);
        Instant at = Instant.parse("1926-04-10T06:00:00Z");
        assertThat(Quarters.of(at)).isEqualTo(quiet);
        long[] ids = {7_900_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L), 0};
        ids[1] = ids[0] + 1;
        List<SurveyAnswer> answers = List.of(
                new SurveyAnswer("Q_STAFF", SurveySection.STAFF_BEHAVIOUR, QuestionType.SCALE, 4, false, false, List.of(), null),
                new SurveyAnswer("Q_SALES", SurveySection.SALES, QuestionType.SCALE, 5, false, false, List.of(), null));
        Long before = version(quiet);
        long[] inside = new long[2];
        tx.executeWithoutResult(s -> {
            surveys.record(new SurveyCompleted(ids[0], ids[0], 1, List.of(), Set.of(), Set.of(), 1, 1, SurveyMode.PHONE,
                    null, at, answers));
            inside[0] = version(quiet);
            surveys.record(new SurveyCompleted(ids[1], ids[1], 1, List.of(), Set.of(), Set.of(), 1, 1, SurveyMode.PHONE,
                    null, at.plusSeconds(60), answers));
            inside[1] = version(quiet);
        });
        assertThat(inside[0]).isEqualTo(before == null ? 1 : before + 1);
        assertThat(inside[1]).as("the same transaction's later writes").isEqualTo(inside[0]);
        assertThat(jdbc.queryForObject("select count(*) from analytics_answer where survey_id in (?, ?)", Long.class,
                ids[0], ids[1])).isEqualTo(4);
        assertThat(jdbc.queryForList("select outcome from analytics_call where call_id in (?, ?)", String.class, ids[0], ids[1]))
                .containsExactly("COMPLETED", "COMPLETED");

        tx.executeWithoutResult(s -> jdbc.update("update analytics_answer set score = 3 where survey_id = ? and question_code = 'Q_STAFF'",
                ids[0]));
        assertThat(version(quiet)).as("a later transaction").isEqualTo(inside[0] + 1);
    }

    private Long version(JalaliQuarter q) {
        return jdbc.query("select version from analytics_quarter_change where quarter_key = ?",
                rs -> rs.next() ? rs.getLong(1) : null, Quarters.key(q));
    }

    @Test
    void concurrentViewsOfStaleFiguresComputeOnce() throws Exception {
        AnalyticsRows.Manager m = rows.departmentWithManager(Role.MANAGER);
        String d = m.department();
        rows.complaint(d, IN_Q, "CLOSED", true, null);
        dashboards.figures(Q, d);
        long before = dashboards.computations(Q, d);
        rows.survey(d, m.id(), IN_Q, 5);   // makes the stored figures stale

        int views = 6;
        CyclicBarrier start = new CyclicBarrier(views);
        ExecutorService pool = Executors.newFixedThreadPool(views);
        try {
            List<Future<QuarterFigures>> seen = new ArrayList<>();
            for (int i = 0; i < views; i++) {
                seen.add(pool.submit(() -> {
                    start.await();
                    return dashboards.figures(Q, d);
                }));
            }
            for (Future<QuarterFigures> f : seen) {
                assertThat(f.get().surveys().completed()).isEqualTo(1);
                assertThat(f.get().complaints().received()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(dashboards.computations(Q, d) - before).isEqualTo(1);
    }

    @Test
    void theCurrentQuarterIsServedAsStoredWhileItIsComputedAgainInTheBackground() {
        AnalyticsRows.Manager m = rows.departmentWithManager(Role.MANAGER);
        String d = m.department();
        Instant now = clock.instant();
        JalaliQuarter current = Quarters.of(now);
        rows.complaint(d, now.minusSeconds(60), "ACKNOWLEDGED", null, null);
        assertThat(dashboards.figures(current, d).complaints().received()).isEqualTo(1);

        rows.complaint(d, now.minusSeconds(30), "ACKNOWLEDGED", null, null);
        // stale but young: the stored figures (the page says when they were computed), and a computation behind them
        assertThat(dashboards.figures(current, d).complaints().received()).isEqualTo(1);
        await().atMost(Duration.ofMinutes(1)).until(() -> dashboards.figures(current, d).complaints().received() == 2);
        assertThat(dashboards.computations(current, d)).isEqualTo(2);
    }

    @Test
    void theRefreshJobComputesStaleFiguresBeforeAnyoneAsks() {
        AnalyticsRows.Manager m = rows.departmentWithManager(Role.MANAGER);
        rows.complaint(m.department(), IN_Q, "ACKNOWLEDGED", null, null);
        dashboards.figures(Q, m.department());
        long before = dashboards.computations(Q, m.department());
        rows.complaint(m.department(), IN_Q, "ACKNOWLEDGED", null, null);

        assertThat(refresh.runOnce()).isPositive();
        assertThat(dashboards.computations(Q, m.department())).isEqualTo(before + 1);
        assertThat(dashboards.figures(Q, m.department()).complaints().received()).isEqualTo(2);
        assertThat(dashboards.computations(Q, m.department())).isEqualTo(before + 1);
    }

    @Test
    void theDashboardPageShowsNewNumbersAfterAChangeAndTheSameOnesWithout() throws Exception {
        AnalyticsRows.Manager m = rows.departmentWithManager(Role.MANAGER);
        rows.complaint(m.department(), IN_Q, "ACKNOWLEDGED", null, null);
        String first = page(m);
        assertThat(first).doesNotContain("pareto-case-table").doesNotContain("key=SALES.DELIVERY_LATE");
        assertThat(page(m)).isEqualTo(first);

        long closed = rows.complaint(m.department(), IN_Q, "CLOSED", true, null);
        jdbc.update("update analytics_complaint set case_reasons = '{SALES.DELIVERY_LATE}' where complaint_id = ?", closed);
        String second = page(m);
        assertThat(second).contains("pareto-case-table").contains("kind=CASE_REASON&amp;key=SALES.DELIVERY_LATE");
        assertThat(page(m)).isEqualTo(second);
    }

    /** The page from its charts on: the navigation above holds the per-request form token of the sign-out button. */
    private String page(AnalyticsRows.Manager m) throws Exception {
        String html = mvc.perform(get("/analytics?quarter=" + Q).with(user(m.username()).roles("MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"reasons-h\"");
        return html.substring(html.indexOf("id=\"reasons-h\""));
    }

    private boolean same(QuarterFigures a, QuarterFigures b) {
        return json.writeValueAsString(timeless(a)).equals(json.writeValueAsString(timeless(b)));
    }

    private static QuarterFigures timeless(QuarterFigures f) {
        return new QuarterFigures(f.quarter(), f.department(), null, f.surveys(), f.surveyReasons(), f.caseReasons(),
                f.complaints(), f.findings());
    }
}
