package ir.shenava.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.CaseTestSupport.Person;
import ir.shenava.cases.internal.ComplaintCase;
import ir.shenava.intake.Channel;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "My work" on the page (issue 15 §3): each case once, in the group of what to do now, counts on top. */
@ShenavaIntegrationTest
class WorkListWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    StaffDirectory staff;

    @Test
    void aCeoCaseHandedDownAppearsOnceForTheCeoAsFollowAndForTheManagerAsATask() throws Exception {
        Person ceo = support.person(Role.CEO, null);
        Person manager = support.person(Role.MANAGER, ceo);
        String subject = "کار من " + UUID.randomUUID().toString().substring(0, 6);
        long id = support.complaint(Channel.CEO_PAGE, subject, null).getId();
        ComplaintCase opened = support.caseOf(id);
        String code = shown(opened.getTrackingCode());
        String followUp = JalaliDate.fromGregorian(LocalDate.now().plusDays(3)).toString();
        assertThat(mvc.perform(post("/cases/{id}/assign", id).with(ceo.auth()).with(csrf())
                .param("toStaffId", String.valueOf(manager.id())).param("instructions", "گزارش بدهید " + subject)
                .param("followUpOn", followUp)).andReturn().getResponse().getStatus()).isEqualTo(302);

        String ceoPage = page(ceo);
        assertThat(occurrences(ceoPage, ">" + code + "<")).as("one row per case").isEqualTo(1);
        // routing gives CEO-page cases to one of the CEOs: if it is this one, he has to assess it first
        if (opened.getOwnerId() == ceo.id()) {
            assertThat(section(ceoPage, "ASSESS")).contains(code);
        } else {
            assertThat(section(ceoPage, "FOLLOW")).contains(code).contains(">به همکار " + manager.username() + "<");
        }
        assertThat(ceoPage).contains("id=\"work-counts\"");

        String managerPage = page(manager);
        assertThat(occurrences(managerPage, ">" + code + "<")).isEqualTo(1);
        assertThat(section(managerPage, "TASK")).contains(code).contains("گزارش بدهید " + subject)
                .contains(">از همکار " + ceo.username() + "<");
        assertThat(managerPage).doesNotContain("id=\"g-ASSESS\"");
    }

    @Test
    void aNewCaseWaitsForItsOwnersAssessmentWithItsDeadlineNamed() throws Exception {
        support.person(Role.CEO, null);
        String subject = "ارزیابی " + UUID.randomUUID().toString().substring(0, 6);
        long id = support.complaint(Channel.CEO_PAGE, subject, null).getId();
        ComplaintCase opened = support.caseOf(id);
        String username = staff.find(new StaffId(opened.getOwnerId())).orElseThrow().username();
        String page = page(new Person(opened.getOwnerId(), username, Role.CEO));
        String assess = section(page, "ASSESS");
        String code = shown(opened.getTrackingCode());
        assertThat(assess).contains(code);
        Matcher row = Pattern.compile("(?s)<tr[^>]*>((?:(?!</tr>).)*>" + code + "<.*?)</tr>").matcher(assess);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).as("the deadline names itself").contains("نخستین تماس با مشتری");
    }

    /** Tracking codes are shown one way on every page: "2DRX2-6G6N5". */
    private static String shown(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    private String page(Person p) throws Exception {
        return mvc.perform(get("/work").with(p.auth())).andReturn().getResponse().getContentAsString();
    }

    private static String section(String page, String group) {
        int from = page.indexOf("id=\"g-" + group + "\"");
        assertThat(from).as("section " + group).isPositive();
        return page.substring(from, page.indexOf("</section>", from));
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
