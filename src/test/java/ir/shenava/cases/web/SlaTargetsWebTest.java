package ir.shenava.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.cases.Priority;
import ir.shenava.cases.internal.SlaTarget;
import ir.shenava.cases.internal.SlaTargets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The SLA targets page; the targets it changes are put back after each test (they are shared). */
@ShenavaIntegrationTest
class SlaTargetsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SlaTargets targets;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    List<SlaTarget> before;

    @BeforeEach
    void remember() {
        before = targets.all();
    }

    @AfterEach
    void putBack() {
        before.forEach(targets::save);
    }

    @Test
    void theQualityManagerSeesTheTargetsInWorkingHoursAndWhenAComplaintArrivingNowWouldBeDue() throws Exception {
        clock.set(Instant.parse("2026-02-10T10:30:00Z")); // Tuesday 21 Bahman 1404, 14:00 in Tehran
        String page = mvc.perform(get("/sla").with(user("quality").roles("QUALITY_MANAGER"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("مهلت‌های رسیدگی به شکایت").contains("فوری").contains("نخستین تماس با مشتری")
                .contains("name=\"NORMAL-ACKNOWLEDGE\"").contains("value=\"۸\"").contains("value=\"۸۰\"")
                // 8 working hours skip 22 Bahman and the Friday: due on Saturday 25 Bahman at 10:00.
                .contains("تأیید دریافت تا ۲۵ بهمن ۱۴۰۴، ۱۰:۰۰");
    }

    @Test
    void targetsTypedInPersianArabicOrLatinDigitsAreSaved() throws Exception {
        MockHttpServletResponse response = mvc.perform(form("۱", "٤", "16", "4", "8", "40", "8", "16", "80",
                "۱۲٫۵", "24", "١٦٠")).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/sla");
        assertThat(targets.of(Priority.LOW)).isEqualTo(new SlaTarget(Priority.LOW, 750, 24 * 60, 160 * 60));
        assertThat(targets.of(Priority.URGENT)).isEqualTo(new SlaTarget(Priority.URGENT, 60, 240, 960));
        String page = mvc.perform(get("/sla").with(user("admin").roles("ADMIN")).flashAttr("success", "sla.saved"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("مهلت‌های رسیدگی ذخیره شد.").contains("value=\"۱۲٫۵\"");
    }

    @Test
    void wrongFieldsAreMarkedInPersianKeepWhatWasTypedAndNothingIsSaved() throws Exception {
        MockHttpServletResponse response = mvc.perform(form("abc", "4", "16", "۰", "8", "40", "8", "۴", "80",
                "16", "24", "")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("مهلت‌ها ذخیره نشد")
                .contains("value=\"abc\"").contains("یک عدد به ساعت وارد کنید")
                .contains("مهلت باید بیشتر از صفر باشد.")
                .contains("value=\"۴\"").contains("مهلت نخستین تماس نباید کوتاه‌تر از مهلت تأیید دریافت باشد.")
                .contains("مهلت را وارد کنید.")
                .contains("aria-describedby=\"URGENT-ACKNOWLEDGE-error\"");
        assertThat(page.split("is-invalid", -1)).hasSize(5);
        assertThat(targets.all()).isEqualTo(before);
    }

    @Test
    void targetsSavedByAnotherAppNodeHoldHereAtOnce() {
        jdbc.sql("update sla_target set acknowledge_minutes = 90 where priority = 'HIGH'").update();
        assertThat(targets.of(Priority.HIGH).acknowledgeMinutes()).isEqualTo(90);
    }

    @Test
    void aManagerMayNotChangeTheTargets() throws Exception {
        int status = mvc.perform(post("/sla").with(user("m").roles("MANAGER")).with(csrf()).param("URGENT-ACKNOWLEDGE", "1"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(targets.all()).isEqualTo(before);
    }

    /** The twelve inputs in page order: per priority acknowledge, first contact, resolution. */
    private MockHttpServletRequestBuilder form(String... hours) {
        MockHttpServletRequestBuilder request = post("/sla").with(user("admin").roles("ADMIN")).with(csrf());
        String[] milestones = {"ACKNOWLEDGE", "FIRST_CONTACT", "RESOLUTION"};
        int i = 0;
        for (Priority p : Priority.values()) {
            for (String m : milestones) {
                request = request.param(p.name() + "-" + m, hours[i++]);
            }
        }
        return request;
    }
}
