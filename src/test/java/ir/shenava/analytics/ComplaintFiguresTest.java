package ir.shenava.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.analytics.internal.DrillDown;
import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.Priority;
import ir.shenava.cases.Severity;
import ir.shenava.cases.internal.Actor;
import ir.shenava.cases.internal.CaseWork;
import ir.shenava.intake.Channel;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.staff.Role;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.ReasonSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaint figures of 1395-Q2 against a hand-computed fixture of four real complaints taken through
 * the real case workflow at set times: channels, states, working-hour times (median and p90),
 * confirmed satisfaction, a reopened case, handling ratings, reasons from closed cases, overdue
 * at quarter end — and every count equals the count of its list.
 */
@ShenavaIntegrationTest
class ComplaintFiguresTest {

    static final JalaliQuarter Q = new JalaliQuarter(1395, 2);
    /** Saturday 12 Tir 1395, 09:00 in Tehran (+04:30 that summer). */
    static final Instant T0 = Instant.parse("2016-07-02T04:30:00Z");

    @Autowired
    CaseTestSupport support;
    @Autowired
    CaseWork work;
    @Autowired
    DissatisfactionReasons reasons;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    QuarterDashboards dashboards;
    @Autowired
    DrillDown drillDown;
    @Autowired
    MockMvc mvc;
    @Autowired
    ir.shenava.intake.internal.HandlingRatings ratings;

    long complaint(Channel channel) {
        long id = support.complaint(channel, "تحلیل " + UUID.randomUUID().toString().substring(0, 6), null).getId();
        support.caseOf(id);
        return id;
    }

    void resolve(long id, Actor ceo) {
        work.assess(id, ceo, new CaseWork.Assessment("SALES", Severity.MINOR, Priority.NORMAL, false, "پاسخ"));
        work.startInvestigation(id, ceo);
        work.proposeResponse(id, ceo, "تصمیم", "پاسخ به مشتری");
        work.communicate(id, ceo, "EMAIL", true);
    }

    Map<String, Object> row(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from analytics_complaint where complaint_id = ?", id);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    @Test
    void figuresMatchTheHandComputedFixtureAndEveryBarMatchesItsList() throws Exception {
        Actor ceo = support.person(Role.CEO, null).actor();
        clock.set(T0);
        long c1 = complaint(Channel.WEB_FORM);
        long c2 = complaint(Channel.PHONE);
        long c3 = complaint(Channel.EMAIL);
        long c4 = complaint(Channel.WEB_FORM);

        // 11:00 the same day: c1 and c4 resolved (120 working minutes) and confirmed; c4 then reopened
        clock.set(T0.plus(Duration.ofHours(2)));
        reasons.recorded(ReasonSource.CASE, c1, List.of("SALES.DELIVERY_LATE"), clock.instant());
        reasons.recorded(ReasonSource.CASE, c4, List.of("PRODUCT.DEFECT"), clock.instant());
        for (long id : new long[] {c1, c4}) {
            resolve(id, ceo);
            work.recordCustomerAnswer(id, ceo, true, "ممنون", false);
        }
        work.reopen(c4, ceo);
        // Sunday 09:00: c2 resolved after Saturday 09–16 and Sunday 08–09 (8 working hours = 480 minutes), not confirmed
        clock.set(Instant.parse("2016-07-03T04:30:00Z"));
        resolve(c2, ceo);
        // rated through intake: the projection reads the rating back, as a rebuild would
        assertThat(ratings.rate(c1, 4)).isEqualTo(ir.shenava.intake.internal.AnswerOutcome.RECORDED);
        clock.reset();

        await().atMost(Duration.ofSeconds(30)).until(() -> "CLOSED".equals(row(c1).get("state"))
                && Integer.valueOf(4).equals(row(c1).get("handling_rating") == null ? null : ((Number) row(c1).get("handling_rating")).intValue())
                && Boolean.TRUE.equals(row(c4).get("reopened")) && "REOPENED".equals(row(c4).get("state"))
                && "AWAITING_CONFIRMATION".equals(row(c2).get("state")) && !row(c3).isEmpty());

        QuarterFigures.Complaints f = dashboards.compute(Q, null).complaints();
        assertThat(f.received()).isEqualTo(4);
        assertThat(f.byChannel()).containsEntry("WEB_FORM", 2L).containsEntry("PHONE", 1L).containsEntry("EMAIL", 1L)
                .containsEntry("CEO_PAGE", 0L);
        assertThat(f.byState()).containsOnly(Map.entry("CLOSED", 1L), Map.entry("AWAITING_CONFIRMATION", 1L),
                Map.entry("ACKNOWLEDGED", 1L), Map.entry("REOPENED", 1L));
        // acknowledged on opening: 0 minutes, all four on time
        assertThat(f.acknowledge()).isEqualTo(new QuarterFigures.Durations(4, 0.0, 0.0, 4, 480));
        // resolved: c1 120, c2 480 (c4's resolution restarted when reopened): median 300, p90 120 + 0.9 × 360 = 444
        assertThat(f.resolve()).isEqualTo(new QuarterFigures.Durations(2, 300.0, 444.0, 2, 4800));
        assertThat(f.closed()).isEqualTo(1);
        assertThat(f.closedSatisfied()).isEqualTo(1);
        assertThat(f.reopened()).isEqualTo(1);
        assertThat(f.ratings()).containsExactly(0, 0, 0, 1, 0);
        // open and past its resolution due moment on 31 Shahrivar: c3 (never answered) and c4 (reopened)
        assertThat(f.overdueAtEnd()).isEqualTo(2);

        // reasons from closed cases: c1's only — c4 is no longer closed
        List<QuarterFigures.ReasonBar> caseReasons = dashboards.compute(Q, null).caseReasons();
        assertThat(caseReasons).containsExactly(new QuarterFigures.ReasonBar("SALES.DELIVERY_LATE", "SALES", 1, 1.0, 0, true));

        // reconciliation
        for (Map.Entry<String, Long> e : f.byChannel().entrySet()) {
            assertThat(drillDown.list(Q, null, DrillDown.Kind.CHANNEL, e.getKey(), 0, 100).total()).isEqualTo(e.getValue());
        }
        for (Map.Entry<String, Long> e : f.byState().entrySet()) {
            assertThat(drillDown.list(Q, null, DrillDown.Kind.STATE, e.getKey(), 0, 100).total()).isEqualTo(e.getValue());
        }
        assertThat(drillDown.list(Q, null, DrillDown.Kind.OVERDUE, "all", 0, 100).rows()).extracting(DrillDown.Row::id)
                .containsExactlyInAnyOrder(c3, c4);
        assertThat(drillDown.list(Q, null, DrillDown.Kind.REOPENED, "all", 0, 100).total()).isEqualTo(1);
        assertThat(drillDown.list(Q, null, DrillDown.Kind.CLOSED_SATISFIED, "all", 0, 100).total()).isEqualTo(1);
        assertThat(drillDown.list(Q, null, DrillDown.Kind.RATING, "4", 0, 100).total()).isEqualTo(1);
        assertThat(drillDown.list(Q, null, DrillDown.Kind.CASE_REASON, "SALES.DELIVERY_LATE", 0, 100).rows())
                .extracting(DrillDown.Row::id).containsExactly(c1);

        // a manager sees only his department's slice: no department, nothing
        String managers = mvc.perform(get("/analytics/list").param("quarter", "1395-Q2").param("kind", "RECEIVED")
                .param("key", "all").with(user("no-such-manager").roles("MANAGER"))).andReturn().getResponse().getContentAsString();
        assertThat(managers).contains("تعداد: ۰");
        String ceoList = mvc.perform(get("/analytics/list").param("quarter", "1395-Q2").param("kind", "RECEIVED")
                .param("key", "all").with(user("ceo-x").roles("CEO"))).andReturn().getResponse().getContentAsString();
        assertThat(ceoList).contains("تعداد: ۴").contains("/complaints/" + c1);
        // a bad quarter or list is a message, never an error page
        assertThat(mvc.perform(get("/analytics").param("quarter", "Q9-xx").with(user("ceo-x").roles("CEO")))
                .andReturn().getResponse().getContentAsString()).contains("سه‌ماهه نامعتبر بود");
        assertThat(mvc.perform(get("/analytics/list").param("kind", "NOPE").param("key", "x").with(user("ceo-x").roles("CEO")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
