package ir.shenava.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.analytics.internal.DrillDown;
import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.surveys.CallOutcome;
import ir.shenava.surveys.FollowUpCallEnded;
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
 * Survey figures against a hand-computed fixture in 1391-Q2 (no other test writes there): means,
 * the 1–5 distribution, share satisfied, NPS, response rate, the reasons Pareto against 1391-Q1,
 * the minimum sample per installer; every count equals its list; redelivery and late answers.
 */
@ShenavaIntegrationTest
class SurveyFiguresTest {

    static final JalaliQuarter Q = new JalaliQuarter(1391, 2);
    static final Instant IN_Q = Instant.parse("2012-07-15T06:00:00Z");
    static final Instant IN_PREVIOUS = Instant.parse("2012-04-15T06:00:00Z");
    static final AtomicLong IDS = new AtomicLong(7_000_000_000L + System.nanoTime() % 1_000_000_000L);
    static final long INSTALLER = 9_100_001L;
    static final long SHY_INSTALLER = 9_100_002L;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QuarterDashboards dashboards;
    @Autowired
    DrillDown drillDown;
    @Autowired
    MockMvc mvc;

    static SurveyAnswer scale(String code, SurveySection section, Integer score, String... reasons) {
        boolean dissatisfied = score != null && score <= 2;
        return new SurveyAnswer(code, section, QuestionType.SCALE, score, score == null, dissatisfied, List.of(reasons), null);
    }

    static SurveyAnswer recommend(int score) {
        return new SurveyAnswer("RECOMMEND", SurveySection.OVERALL, QuestionType.RECOMMEND, score, false, false, List.of(), null);
    }

    SurveyCompleted survey(Instant at, Set<Long> installers, SurveyAnswer... answers) {
        long id = IDS.incrementAndGet();
        return new SurveyCompleted(id, id, 42, List.of(), installers, Set.of(), 1, 1, SurveyMode.PHONE, null, at, List.of(answers));
    }

    void publish(Object... all) {
        tx.executeWithoutResult(status -> {
            for (Object e : all) {
                events.publishEvent(e);
            }
        });
    }

    void awaitSurveys(List<SurveyCompleted> surveys) {
        Long[] ids = surveys.stream().map(SurveyCompleted::surveyId).toArray(Long[]::new);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from analytics_survey where survey_id = any(?)", Long.class, (Object) ids) == ids.length);
    }

    @Test
    void figuresMatchTheHandComputedFixtureAndEveryBarMatchesItsList() throws Exception {
        List<SurveyCompleted> all = new ArrayList<>();
        // previous quarter: one survey with AFTER.REPEAT_FAULT, so that reason is not new
        all.add(survey(IN_PREVIOUS, Set.of(), scale("Q_STAFF", SurveySection.STAFF_BEHAVIOUR, 2, "AFTER.REPEAT_FAULT")));
        // this quarter: STAFF 5, 4, 3 → mean 4, two of three satisfied; SALES 2, 1, n/a → mean 1.5
        all.add(survey(IN_Q, Set.of(INSTALLER), scale("Q_STAFF", SurveySection.STAFF_BEHAVIOUR, 5),
                scale("Q_SALES", SurveySection.SALES, 2, "SALES.DELIVERY_LATE"), recommend(10)));
        all.add(survey(IN_Q, Set.of(INSTALLER), scale("Q_STAFF", SurveySection.STAFF_BEHAVIOUR, 4),
                scale("Q_SALES", SurveySection.SALES, 1, "SALES.DELIVERY_LATE", "AFTER.REPEAT_FAULT"), recommend(6)));
        all.add(survey(IN_Q, Set.of(INSTALLER, SHY_INSTALLER), scale("Q_STAFF", SurveySection.STAFF_BEHAVIOUR, 3),
                scale("Q_SALES", SurveySection.SALES, null), recommend(8)));
        // two more for the installer (five in all), the only answers of his section: 3 and 5 → mean 4
        all.add(survey(IN_Q, Set.of(INSTALLER), scale("Q_INST", SurveySection.INSTALLATION_TRAINING, 3)));
        all.add(survey(IN_Q, Set.of(INSTALLER), scale("Q_INST", SurveySection.INSTALLATION_TRAINING, 5)));
        publish(all.toArray());
        // a phone survey's call is counted with the survey (completed in its quarter); the app also publishes the
        // completed call's end, which must not count it twice; the calls that ended without a survey come as their end
        long call = IDS.incrementAndGet();
        SurveyCompleted first = all.get(1);
        publish(new FollowUpCallEnded(first.callId(), 42, CallOutcome.COMPLETED, 1, IN_Q, first.completedAt()),
                new FollowUpCallEnded(call, 42, CallOutcome.UNREACHABLE, 3, IN_Q, IN_Q),
                new FollowUpCallEnded(call + 1, 42, CallOutcome.NOT_CALLED, 0, IN_Q, IN_Q));
        awaitSurveys(all);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from analytics_call where call_id between ? and ?", Long.class, call, call + 1) == 2);
        assertThat(jdbc.queryForObject("select count(*) from analytics_call where call_id = any(?) and outcome = 'COMPLETED'",
                Long.class, (Object) all.stream().map(SurveyCompleted::callId).toArray(Long[]::new))).isEqualTo(all.size());

        QuarterFigures f = dashboards.compute(Q, null);
        QuarterFigures.Section staff = section(f, SurveySection.STAFF_BEHAVIOUR);
        assertThat(staff.distribution()).containsExactly(0, 0, 1, 1, 1);
        assertThat(staff.mean()).isEqualTo(4.0);
        assertThat(staff.satisfiedShare()).isEqualTo(2.0 / 3);
        QuarterFigures.Section sales = section(f, SurveySection.SALES);
        assertThat(sales.distribution()).containsExactly(1, 1, 0, 0, 0);
        assertThat(sales.mean()).isEqualTo(1.5);
        assertThat(sales.satisfiedShare()).isEqualTo(0.0);
        assertThat(section(f, SurveySection.INSTALLATION_TRAINING).distribution()).containsExactly(0, 0, 1, 0, 1);
        assertThat(section(f, SurveySection.AFTER_SALES).mean()).isNull();
        assertThat(f.surveys().completed()).isEqualTo(5);
        assertThat(f.surveys().nps()).isEqualTo(new QuarterFigures.Nps(3, 1, 1, 1, 0.0));
        assertThat(f.surveys().response().rate()).isEqualTo(5.0 / 6);
        assertThat(f.surveys().response().byOutcome()).containsEntry("COMPLETED", 5L).containsEntry("UNREACHABLE", 1L)
                .containsEntry("NOT_CALLED", 1L).containsEntry("REFUSED", 0L);

        // Pareto: DELIVERY_LATE 2 (new), REPEAT_FAULT 1 (1 last quarter); cumulative 2/3 then 1
        assertThat(f.surveyReasons()).containsExactly(
                new QuarterFigures.ReasonBar("SALES.DELIVERY_LATE", "SALES", 2, 2.0 / 3, 0, true),
                new QuarterFigures.ReasonBar("AFTER.REPEAT_FAULT", "AFTER_SALES", 1, 1.0, 1, false));

        // the minimum sample: five surveys shown, one hidden (no mean leaks)
        assertThat(f.surveys().installers()).contains(new QuarterFigures.Person(INSTALLER, 5, 4.0, false),
                new QuarterFigures.Person(SHY_INSTALLER, 1, null, true));

        // reconciliation: each bar's count is its list's count
        for (int score = 1; score <= 5; score++) {
            assertThat(drillDown.list(Q, null, DrillDown.Kind.SECTION_SCORE, "STAFF_BEHAVIOUR:" + score, 0, 100).total())
                    .isEqualTo(staff.distribution()[score - 1]);
            assertThat(drillDown.list(Q, null, DrillDown.Kind.SECTION_SCORE, "SALES:" + score, 0, 100).total())
                    .isEqualTo(sales.distribution()[score - 1]);
        }
        for (QuarterFigures.ReasonBar bar : f.surveyReasons()) {
            assertThat(drillDown.list(Q, null, DrillDown.Kind.SURVEY_REASON, bar.code(), 0, 100).total()).isEqualTo(bar.count());
        }
        assertThat(drillDown.list(Q, null, DrillDown.Kind.INSTALLER, String.valueOf(INSTALLER), 0, 100).total()).isEqualTo(5);

        // the dashboard and the list pages show them, in Persian digits
        String page = mvc.perform(get("/analytics").param("quarter", "1391-Q2").with(user("qm").roles("QUALITY_MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("سه\u200Cماهه ۲ ۱۳۹۱").contains("تأخیر در تحویل").contains("data-chart=")
                .contains("kind=SURVEY_REASON&amp;key=SALES.DELIVERY_LATE");
        String list = mvc.perform(get("/analytics/list").param("quarter", "1391-Q2").param("kind", "SURVEY_REASON")
                .param("key", "SALES.DELIVERY_LATE").with(user("qm").roles("QUALITY_MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("تعداد: ۲").contains("/surveys/" + all.get(1).surveyId()).contains("/surveys/" + all.get(2).surveyId());
    }

    @Test
    void aRedeliveredSurveyCountsOnceAndALateOneLandsInItsOwnQuarter() {
        JalaliQuarter q = new JalaliQuarter(1391, 3);
        Instant inQ = Instant.parse("2012-10-10T06:00:00Z");
        SurveyCompleted first = survey(inQ, Set.of(), scale("Q_AFTER", SurveySection.AFTER_SALES, 5));
        publish(first);
        publish(first);
        awaitSurveys(List.of(first));
        assertThat(section(dashboards.compute(q, null), SurveySection.AFTER_SALES).answers()).isEqualTo(1);

        // answered months later but about a call of that quarter: completedAt decides
        SurveyCompleted late = survey(inQ.plus(Duration.ofDays(3)), Set.of(), scale("Q_AFTER", SurveySection.AFTER_SALES, 1));
        publish(late);
        awaitSurveys(List.of(late));
        QuarterFigures.Section after = section(dashboards.compute(q, null), SurveySection.AFTER_SALES);
        assertThat(after.distribution()).containsExactly(1, 0, 0, 0, 1);
        assertThat(after.mean()).isEqualTo(3.0);
    }

    @Test
    void aSurveyAtTheLastMinuteOfEsfandThirtiethCountsInTheFourthQuarter() {
        SurveyCompleted lastMinute = survey(Instant.parse("2025-03-20T20:29:59Z"), Set.of(),
                scale("Q_EDGE", SurveySection.INSTALLATION_TRAINING, 4));
        SurveyCompleted newYear = survey(Instant.parse("2025-03-20T20:30:00Z"), Set.of(),
                scale("Q_EDGE", SurveySection.INSTALLATION_TRAINING, 2));
        publish(lastMinute, newYear);
        awaitSurveys(List.of(lastMinute, newYear));
        assertThat(jdbc.queryForObject("select quarter_key from analytics_survey where survey_id = ?", Integer.class,
                lastMinute.surveyId())).isEqualTo(14034);
        assertThat(jdbc.queryForObject("select quarter_key from analytics_survey where survey_id = ?", Integer.class,
                newYear.surveyId())).isEqualTo(14041);
    }

    static QuarterFigures.Section section(QuarterFigures f, SurveySection s) {
        return f.surveys().sections().stream().filter(x -> x.section().equals(s.name())).findFirst().orElseThrow();
    }
}
