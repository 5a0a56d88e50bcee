package ir.shenava.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseState;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.CaseTestSupport.Person;
import ir.shenava.cases.internal.AssignmentRepository;
import ir.shenava.intake.Channel;
import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Delegation offers the right people and steps (issue 15 §4): «ارجاع به» lists casework staff by
 * department with roles; a delegate — even a senior manager — neither sees nor may take the owner's
 * steps or take back her own task; an assessment chooses severity and priority, suggested from the
 * stated satisfaction; the report is several lines.
 */
@ShenavaIntegrationTest
class DelegationStepsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    StaffAccounts accounts;

    private long veryDissatisfied(String subject) {
        return intake.register(Channel.CEO_PAGE, new Submission("مریم احمدی", null, PhoneNumber.parse("09121234567"), null,
                "SALES", null, SatisfactionLevel.VERY_DISSATISFIED, subject, "شرح " + subject, "تعویض دستگاه", null, null,
                UUID.randomUUID().toString()), List.of()).getId();
    }

    @Test
    void aSeniorDelegateReportsBackButTakesNoneOfTheOwnersSteps() throws Exception {
        Person ceo = support.person(Role.CEO, null);
        Person senior = support.person(Role.SENIOR_MANAGER, ceo);
        String subject = "نماینده " + UUID.randomUUID().toString().substring(0, 6);
        long id = veryDissatisfied(subject);
        support.caseOf(id);
        assertThat(post(id, "/assign", ceo, "toStaffId", senior.id(), "instructions", "بررسی کنید",
                "followUpOn", JalaliDate.fromGregorian(LocalDate.now().plusDays(3)).toString()).getStatus()).isEqualTo(302);
        long task = assignments.findByCaseIdOrderById(id).stream().filter(a -> a.getToStaff() == senior.id()).findFirst()
                .orElseThrow().getId();

        String page = page(id, senior);
        assertThat(page).doesNotContain("id=\"steps-h\"", "id=\"step-ASSESS\"", "/reject\"", "/take-back\"")
                .contains("<textarea", "name=\"report\"", "rows=\"3\"");
        assertThat(page(id, ceo)).contains("/assignments/" + task + "/take-back");

        // the server refuses as the page does
        for (String step : new String[] {"/assess", "/reject"}) {
            String refused = post(id, step, senior, "categoryCode", "SALES", "severity", "MAJOR", "priority", "HIGH",
                    "reason", "SPAM").getContentAsString();
            assertThat(refused).as(step).contains("این کار با مسئول پرونده یا مدیران ارشد است");
        }
        assertThat(post(id, "/assignments/" + task + "/take-back", senior).getContentAsString())
                .contains("این کار با مسئول پرونده یا مدیران ارشد است");
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.ACKNOWLEDGED);

        assertThat(post(id, "/assignments/" + task + "/done", senior, "report", "سطر یکم\nسطر دوم").getStatus()).isEqualTo(302);
        assertThat(assignments.findById(task).orElseThrow().getReport()).isEqualTo("سطر یکم\nسطر دوم");
    }

    @Test
    void assessingAVeryDissatisfiedComplaintChoosesSeverityAndPriority() throws Exception {
        Person ceo = support.person(Role.CEO, null);
        long id = veryDissatisfied("بسیار ناراضی " + UUID.randomUUID().toString().substring(0, 6));
        support.caseOf(id);
        String page = page(id, ceo);
        String severity = page.substring(page.indexOf("id=\"a-severity\""), page.indexOf("</select>", page.indexOf("id=\"a-severity\"")));
        assertThat(severity).doesNotContain("selected").contains("مهم (پیشنهادی)").contains("required");
        assertThat(page).contains("بالا (پیشنهادی)").contains("بسیار ناراضی");

        String refused = post(id, "/assess", ceo, "categoryCode", "SALES").getContentAsString();
        assertThat(refused).contains("شدت و اولویت شکایت را انتخاب کنید");
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.ACKNOWLEDGED);
        assertThat(post(id, "/assess", ceo, "categoryCode", "SALES", "severity", "MAJOR", "priority", "HIGH").getStatus())
                .isEqualTo(302);
        assertThat(support.reload(id).getPriority()).isEqualTo(ir.shenava.cases.Priority.HIGH);
    }

    @Test
    void handingDownOffersCaseworkStaffByDepartmentWithTheirRoles() throws Exception {
        Person ceo = support.person(Role.CEO, null);
        Person expert = support.person(Role.SALES_EXPERT, ceo);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long admin = accounts.create("adm" + tag, "password-123", new StaffAccounts.Profile("مدیر سامانه " + tag, null, null,
                null, ceo.id(), EnumSet.of(Role.ADMIN), true)).getId();
        long caller = accounts.create("cal" + tag, "password-123", new StaffAccounts.Profile("تماس‌گیرنده " + tag, null, null,
                null, ceo.id(), EnumSet.of(Role.CALLER), true)).getId();
        long id = veryDissatisfied("فهرست ارجاع " + tag);
        support.caseOf(id);

        String page = page(id, ceo);
        int from = page.indexOf("id=\"as-to\"");
        String list = page.substring(from, page.indexOf("</select>", from));
        assertThat(list).contains("<optgroup", "همکار " + expert.username() + " — کارشناس فروش")
                .doesNotContain("مدیر سامانه " + tag, "تماس‌گیرنده " + tag);
        for (long nobody : new long[] {admin, caller}) {
            assertThat(post(id, "/assign", ceo, "toStaffId", nobody, "instructions", "بررسی",
                    "followUpOn", JalaliDate.fromGregorian(LocalDate.now().plusDays(3)).toString()).getContentAsString())
                    .contains("این همکار به پرونده‌ها رسیدگی نمی‌کند");
        }
    }

    private String page(long id, Person who) throws Exception {
        return mvc.perform(get("/cases/{id}", id).with(who.auth())).andReturn().getResponse().getContentAsString();
    }

    private org.springframework.mock.web.MockHttpServletResponse post(long id, String path, Person who, Object... params)
            throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/cases/" + id + path).with(who.auth()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i].toString(), params[i + 1].toString());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
