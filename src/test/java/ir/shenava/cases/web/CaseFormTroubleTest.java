package ir.shenava.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.CaseTestSupport.Person;
import ir.shenava.intake.Channel;
import ir.shenava.staff.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An impossible date in a follow-up date or a due date gave the bare «۴۰۰» page and lost the typed
 * instructions. Now the case page comes back with a message that says why, at the field, and the
 * instructions typed are still there.
 */
@ShenavaIntegrationTest
class CaseFormTroubleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseTestSupport support;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/assign|followUpOn|1404/12/30|اسفند ۱۴۰۴ ۲۹ روز دارد",
            "/assign|followUpOn|۱۴۰۵/۰۹/۳۱|آذر ۱۴۰۵ ۳۰ روز دارد",
            "/assign|followUpOn|فردا|به شکل سال/ماه/روز",
            "/assign|followUpOn|2026-12-01|برابر ۱۴۰۵/۰۹/۱۰ شمسی",
            "/assign|followUpOn|1405/13/01|ماه باید عددی از ۱ تا ۱۲ باشد",
            "/actions|dueOn|1404/12/30|اسفند ۱۴۰۴ ۲۹ روز دارد",
            "/actions|dueOn|2026-12-01|برابر ۱۴۰۵/۰۹/۱۰ شمسی"})
    void anImpossibleDateComesBackAtItsFieldWithTheTypedTextKept(String path, String field, String typed, String why) throws Exception {
        Person ceo = support.person(Role.CEO, null);
        Person manager = support.person(Role.MANAGER, ceo);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long id = support.complaint(Channel.CEO_PAGE, "تاریخ ناممکن " + tag, null).getId();
        support.caseOf(id);
        String instructions = "دستور کار ویژه " + tag;

        MvcResult sent = mvc.perform(post("/cases/{id}" + path, id).with(ceo.auth()).with(csrf())
                        .header("Referer", "http://localhost/cases/" + id)
                        .param(path.equals("/assign") ? "toStaffId" : "ownerId", String.valueOf(manager.id()))
                        .param(path.equals("/assign") ? "instructions" : "description", instructions)
                        .param(field, typed))
                .andReturn();
        MockHttpServletResponse answer = sent.getResponse();
        assertThat(answer.getStatus()).as("not the bare 400 page").isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/cases/" + id);

        String page = mvc.perform(get("/cases/{id}", id).with(ceo.auth()).flashAttrs(sent.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"form-trouble\"").contains("data-action=\"/cases/" + id + path + "\"")
                .contains("data-field=\"" + field + "\"").contains(why)
                .as("what was typed goes back into the form").contains(instructions).contains(typed);
    }
}
