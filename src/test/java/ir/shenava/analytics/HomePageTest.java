package ir.shenava.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.analytics.internal.Quarters;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The home page per role, on 10 June 2090 (Khordad 1469): later than any other test's data, so its
 * open and overdue cases are counted in no other test's quarter ("overdue at the quarter's end"):
 * a manager's department this quarter against the last, open and overdue cases; the CEO's company
 * figures; a caller's calls; an expert's tasks; an administrator's links — Jalali, Persian digits.
 */
@ShenavaIntegrationTest
class HomePageTest {

    static final Instant NOW = Instant.parse("2090-06-10T06:30:00Z");
    static final Instant LAST_QUARTER = Instant.parse("2090-02-01T06:00:00Z");   // Bahman 1468

    @Autowired
    AnalyticsRows rows;
    @Autowired
    CaseTestSupport support;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aManagerSeesHisDepartmentThisQuarterAgainstTheLastAndNotAnotherDepartments() throws Exception {
        AnalyticsRows.Manager z = rows.departmentWithManager(Role.MANAGER);
        AnalyticsRows.Manager other = rows.departmentWithManager(Role.MANAGER);
        Instant earlier = NOW.minus(Duration.ofDays(20));
        rows.complaint(z.department(), earlier, "CLOSED", true, null);
        rows.complaint(z.department(), earlier, "CLOSED", false, null);
        rows.complaint(z.department(), earlier, "INVESTIGATING", null, NOW.minus(Duration.ofDays(1)));   // overdue
        rows.complaint(z.department(), LAST_QUARTER, "CLOSED", true, null);
        for (int i = 0; i < 7; i++) {
            rows.complaint(other.department(), earlier, "ACKNOWLEDGED", null, NOW.minus(Duration.ofDays(1)));
        }
        rows.survey(z.department(), z.id(), earlier, 4);
        rows.survey(z.department(), z.id(), earlier, 2);
        rows.survey(other.department(), other.id(), earlier, 1);
        clock.set(NOW);

        MvcResult result = home(z.username(), "MANAGER");
        Map<String, Object> model = result.getModelAndView().getModel();
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) model.get("lines");
        assertThat(lines).extracting("now").containsExactly("۳", "۵۰٫۰٪", "۳", "۵۰٫۰٪");
        assertThat(lines).extracting("previous").element(0).isEqualTo("۱");
        assertThat(model).containsEntry("openCases", "۱").containsEntry("overdueCases", "۱");
        String page = result.getResponse().getContentAsString();
        JalaliQuarter q = Quarters.of(NOW);
        assertThat(q).isEqualTo(new JalaliQuarter(1469, 1));
        assertThat(page).contains("ارقام واحد " + z.name()).contains("سه\u200Cماهه ۱ ۱۴۶۹ (تا امروز)")
                .contains("سه\u200Cماهه ۴ ۱۴۶۸").contains("خرداد ۱۴۶۹").doesNotContain("۷");

        // the other department's manager sees his seven overdue cases, none of z's
        Map<String, Object> otherModel = home(other.username(), "MANAGER").getModelAndView().getModel();
        assertThat(otherModel).containsEntry("openCases", "۷").containsEntry("overdueCases", "۷");
    }

    @Test
    void theCeoSeesTheCompanyAndOverdueActionsTheCallerHisCallsTheExpertHisTasks() throws Exception {
        clock.set(NOW);
        String ceo = home("ceo-home", "CEO").getResponse().getContentAsString();
        assertThat(ceo).contains("ارقام شرکت").contains("id=\"home-overdue-actions\"").contains("href=\"/analytics\"")
                .contains("id=\"home-unreviewed\"");

        CaseTestSupport.Person caller = support.person(Role.CALLER, null);
        MvcResult calls = home(caller.username(), "CALLER");
        assertThat(calls.getModelAndView().getModel()).containsEntry("callsMade", "۰").containsKey("callsDue")
                .doesNotContainKey("lines");
        assertThat(calls.getResponse().getContentAsString()).contains("id=\"home-calls\"").contains("href=\"/calls\"")
                .contains("امروز ۰ تماس گرفته‌اید");

        CaseTestSupport.Person expert = support.person(Role.SALES_EXPERT, null);
        MvcResult tasks = home(expert.username(), "SALES_EXPERT");
        assertThat(tasks.getModelAndView().getModel()).containsEntry("tasks", "۰").doesNotContainKey("lines")
                .doesNotContainKey("callsDue");
        assertThat(tasks.getResponse().getContentAsString()).contains("id=\"home-tasks\"").contains("href=\"/work\"");

        String admin = home("admin-home", "ADMIN").getResponse().getContentAsString();
        assertThat(admin).contains("href=\"/staff\"").contains("href=\"/analytics/rebuild\"").doesNotContain("home-figures");
    }

    MvcResult home(String username, String... roles) throws Exception {
        return mvc.perform(get("/").with(user(username).roles(roles))).andReturn();
    }
}
