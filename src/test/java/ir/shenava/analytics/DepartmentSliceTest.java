package ir.shenava.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.analytics.internal.DrillDown;
import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A manager sees his department's slice of the dashboard and its lists — complaints, survey
 * sections and installers — and nothing of another department's; the CEO and the quality manager
 * see both. Fixture in 1386-Q2 (summer 2007), where no other test writes.
 */
@ShenavaIntegrationTest
class DepartmentSliceTest {

    static final JalaliQuarter Q = new JalaliQuarter(1386, 2);
    static final Instant IN_Q = Instant.parse("2007-07-15T06:00:00Z");

    @Autowired
    AnalyticsRows rows;
    @Autowired
    QuarterDashboards dashboards;
    @Autowired
    DrillDown drillDown;
    @Autowired
    MockMvc mvc;

    @Test
    void aManagerSeesHisDepartmentOnlyAndTheCeoSeesAll() throws Exception {
        AnalyticsRows.Manager x = rows.departmentWithManager(Role.MANAGER);
        AnalyticsRows.Manager y = rows.departmentWithManager(Role.TECHNICAL_MANAGER);
        long x1 = rows.complaint(x.department(), IN_Q, "CLOSED", true, null);
        long x2 = rows.complaint(x.department(), IN_Q, "ACKNOWLEDGED", null, null);
        long x3 = rows.complaint(x.department(), IN_Q, "CLOSED", false, null);
        long y1 = rows.complaint(y.department(), IN_Q, "CLOSED", true, null);
        long y2 = rows.complaint(y.department(), IN_Q, "ACKNOWLEDGED", null, null);
        long sx = rows.survey(x.department(), x.id(), IN_Q, 5);
        long sy = rows.survey(y.department(), y.id(), IN_Q, 1);

        QuarterFigures fx = dashboards.compute(Q, x.department());
        assertThat(fx.complaints().received()).isEqualTo(3);
        assertThat(fx.complaints().closed()).isEqualTo(2);
        assertThat(fx.complaints().closedSatisfied()).isEqualTo(1);
        assertThat(fx.surveys().completed()).isEqualTo(1);
        assertThat(fx.surveys().sections().get(0).distribution()).containsExactly(0, 0, 0, 0, 1);
        assertThat(fx.surveys().installers()).extracting(QuarterFigures.Person::staffId).containsExactly(x.id());
        QuarterFigures fy = dashboards.compute(Q, y.department());
        assertThat(fy.complaints().received()).isEqualTo(2);
        assertThat(fy.surveys().sections().get(0).distribution()).containsExactly(1, 0, 0, 0, 0);
        assertThat(drillDown.list(Q, x.department(), DrillDown.Kind.RECEIVED, "all", 0, 100).rows())
                .extracting(DrillDown.Row::id).containsExactlyInAnyOrder(x1, x2, x3);
        // the whole company holds both slices
        QuarterFigures all = dashboards.compute(Q, null);
        assertThat(all.complaints().received()).isGreaterThanOrEqualTo(5);
        assertThat(all.surveys().installers()).extracting(QuarterFigures.Person::staffId).contains(x.id(), y.id());

        // the pages, as each person signed in: x's manager sees x's complaints and surveys, not y's
        String xList = page("/analytics/list?quarter=1386-Q2&kind=RECEIVED&key=all", x.username(), "MANAGER");
        assertThat(xList).contains("تعداد: ۳").contains("/complaints/" + x1).doesNotContain("/complaints/" + y1)
                .doesNotContain("/complaints/" + y2);
        String ySurveys = page("/analytics/list?quarter=1386-Q2&kind=SECTION_SCORE&key=STAFF_BEHAVIOUR:5", y.username(),
                "TECHNICAL_MANAGER");
        assertThat(ySurveys).contains("تعداد: ۰").doesNotContain("/surveys/" + sx);
        assertThat(page("/analytics/list?quarter=1386-Q2&kind=SECTION_SCORE&key=STAFF_BEHAVIOUR:1", y.username(),
                "TECHNICAL_MANAGER")).contains("/surveys/" + sy);
        String xDashboard = page("/analytics?quarter=1386-Q2", x.username(), "MANAGER");
        assertThat(xDashboard).contains("فقط واحد شما");
        String ceoList = page("/analytics/list?quarter=1386-Q2&kind=RECEIVED&key=all", "ceo-slice", "CEO");
        assertThat(ceoList).contains("/complaints/" + x1).contains("/complaints/" + y1);
        String qmList = page("/analytics/list?quarter=1386-Q2&kind=SECTION_SCORE&key=STAFF_BEHAVIOUR:1", "qm-slice",
                "QUALITY_MANAGER");
        assertThat(qmList).contains("/surveys/" + sy);
        // a manager who is also a senior manager sees the whole company
        assertThat(page("/analytics/list?quarter=1386-Q2&kind=RECEIVED&key=all", x.username(), "MANAGER", "SENIOR_MANAGER"))
                .contains("/complaints/" + y1);
    }

    String page(String url, String username, String... roles) throws Exception {
        return mvc.perform(get(url).with(user(username).roles(roles))).andReturn().getResponse().getContentAsString();
    }
}
