package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.onsite.OnsiteForms;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff pages speak to staff (issue 15 §8): the pages where staff type or read a complaint never use
 * the words the public form says to the customer, and their facts stand in the compact list.
 */
@ShenavaIntegrationTest
class StaffWordingWebTest {

    /** What the public form asks the customer; wrong on a page a staff member reads. */
    private static final String[] CUSTOMER_WORDING = {"سطح رضایت شما", "چه راه‌حلی انتظار دارید؟", "(اختیاری)",
            "مشخصات شما", "شکایت شما"};

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    OnsiteForms forms;

    @Test
    void staffPagesUseStaffWording() throws Exception {
        Complaint complaint = support.complaint(Channel.WEB_FORM, "واژه‌های کارکنان", null);
        support.caseOf(complaint.getId());
        var expert = support.person(Role.TECHNICAL_EXPERT, null);
        var ceo = support.person(Role.CEO, null);
        OnsiteForms.Book book = forms.issue(1, expert.id(), "tm");
        Map<String, RequestPostProcessor> pages = new LinkedHashMap<>();
        pages.put("/complaints/phone", expert.auth());
        pages.put("/intake/onsite/" + book.first(), expert.auth());
        pages.put("/complaints/" + complaint.getId(), ceo.auth());
        pages.put("/cases/" + complaint.getId(), ceo.auth());
        for (var page : pages.entrySet()) {
            String html = mvc.perform(get(page.getKey()).with(page.getValue())).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page.getKey()).doesNotContain(CUSTOMER_WORDING);
            assertThat(html).as(page.getKey()).containsAnyOf("رضایت اعلام‌شدهٔ مشتری", "سطح رضایت اعلام‌شده");
        }
        assertThat(mvc.perform(get("/cases/" + complaint.getId()).with(ceo.auth())).andReturn().getResponse().getContentAsString())
                .as("the complaint's facts in the compact list").contains("<dl class=\"facts");
        assertThat(mvc.perform(get("/complaint").with(user("nobody").roles("CALLER"))).andReturn().getResponse()
                .getContentAsString()).as("the public form still speaks to the customer").contains("سطح رضایت شما");
    }
}
