package ir.shenava.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseState;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.CaseTestSupport.Person;
import ir.shenava.cases.internal.ComplaintCase;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A case through its steps and down the reporting chain, on the pages, as each person would. */
@ShenavaIntegrationTest
class CaseWorkflowWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    ComplaintRepository complaints;

    @Test
    void aCeoPageCaseIsHandedDownTheChainAndStaysConfidentialToIt() throws Exception {
        Person ceo = support.person(Role.CEO, null);
        Person manager = support.person(Role.MANAGER, ceo);
        Person expert = support.person(Role.SALES_EXPERT, manager);
        Person bystander = support.person(Role.SALES_EXPERT, manager);
        String subject = "محرمانه " + UUID.randomUUID().toString().substring(0, 6);
        long id = support.complaint(Channel.CEO_PAGE, subject, null).getId();
        ComplaintCase opened = support.caseOf(id);
        assertThat(opened.isConfidential()).isTrue();
        assertThat(opened.getState()).isEqualTo(CaseState.ACKNOWLEDGED);

        String page = page(id, ceo);
        assertThat(page).contains(subject).contains("محرمانه");
        String followUp = JalaliDate.fromGregorian(LocalDate.now().plusDays(3)).toString();
        assertThat(act(id, "/assign", ceo, "toStaffId", manager.id(), "instructions", "با کارشناس صحبت کنید",
                "followUpOn", followUp)).isEqualTo(302);
        assertThat(status(id, manager)).isEqualTo(200);
        assertThat(status(id, expert)).isEqualTo(404);

        // the manager may only hand down: not to the CEO above, yes to the expert below
        String refused = mvc.perform(post("/cases/{id}/assign", id).with(manager.auth()).with(csrf())
                        .param("toStaffId", String.valueOf(ceo.id())).param("instructions", "بررسی")
                        .param("followUpOn", followUp))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("زیر شما").contains("بررسی");
        assertThat(act(id, "/assign", manager, "toStaffId", expert.id(), "instructions", "با مشتری تماس بگیرید",
                "followUpOn", followUp)).isEqualTo(302);
        assertThat(status(id, expert)).isEqualTo(200);
        assertThat(mvc.perform(get("/work").with(expert.auth())).andReturn().getResponse().getContentAsString())
                .contains("با مشتری تماس بگیرید");
        assertThat(mvc.perform(get("/work").with(manager.auth())).andReturn().getResponse().getContentAsString())
                .contains(opened.getTrackingCode().substring(0, 5) + "-" + opened.getTrackingCode().substring(5));
        assertThat(complaintPage(id, expert)).isEqualTo(200);

        // nobody else sees it: not another expert, not managers, not an admin
        assertThat(status(id, bystander)).isEqualTo(404);
        for (Role role : new Role[] {Role.SENIOR_MANAGER, Role.MANAGER, Role.TECHNICAL_MANAGER, Role.QUALITY_MANAGER}) {
            Person other = support.person(role, null);
            assertThat(status(id, other)).as(role.name()).isEqualTo(404);
            assertThat(mvc.perform(get("/cases").param("q", subject).with(other.auth())).andReturn().getResponse()
                    .getContentAsString()).as(role.name()).doesNotContain(">" + subject + "<");
        }
        assertThat(mvc.perform(get("/cases/{id}", id).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("admin-x").roles("ADMIN"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        // the expert logs the talk with the customer: the first-contact milestone is met
        assertThat(act(id, "/log", expert, "kind", "TALK_WITH_CUSTOMER", "how", "PHONE",
                "summary", "مشتری گفت دستگاه دوباره خاموش شد")).isEqualTo(302);
        assertThat(support.reload(id).getFirstContactAt()).isNotNull();

        // taking the manager's task back takes the expert's with it
        long managersTask = taskId(id, manager);
        assertThat(act(id, "/assignments/" + managersTask + "/take-back", ceo)).isEqualTo(302);
        assertThat(status(id, manager)).isEqualTo(404);
        assertThat(status(id, expert)).isEqualTo(404);
        assertThat(complaintPage(id, expert)).isEqualTo(404);
        assertThat(page(id, ceo)).contains("پس گرفته شد").contains("مشتری گفت دستگاه دوباره خاموش شد");
    }

    @Test
    void theOwnerTakesACaseThroughItsStepsAndTheCustomersAnswerClosesIt() throws Exception {
        Person ceo = support.person(Role.CEO, null);
        long id = support.complaint(Channel.WEB_FORM, "گام به گام " + UUID.randomUUID().toString().substring(0, 6),
                "step@example.ir").getId();
        support.caseOf(id);
        // a step out of order is refused with a Persian reason, the page still shows the case
        String early = mvc.perform(post("/cases/{id}/communicate", id).with(ceo.auth()).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(early).contains("در وضعیت کنونی پرونده ممکن نیست");

        assertThat(act(id, "/assess", ceo, "categoryCode", "INSTALLATION", "severity", "MAJOR", "priority", "HIGH",
                "remedySought", "نصب دوباره")).isEqualTo(302);
        ComplaintCase assessed = support.reload(id);
        assertThat(assessed.getPriority()).isEqualTo(ir.shenava.cases.Priority.HIGH);
        assertThat(assessed.getCategoryCode()).isEqualTo("INSTALLATION");
        assertThat(act(id, "/start-investigation", ceo)).isEqualTo(302);
        assertThat(act(id, "/log", ceo, "kind", "DOCUMENTS_REVIEWED", "reference", "صورتجلسه نصب ۱۲۳",
                "summary", "مستندات نصب بررسی شد")).isEqualTo(302);

        String missing = mvc.perform(post("/cases/{id}/propose-response", id).with(ceo.auth()).with(csrf())
                .param("decision", "نصب دوباره رایگان")).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("هر دو لازم است").contains("نصب دوباره رایگان");

        assertThat(act(id, "/propose-response", ceo, "decision", "نصب دوباره رایگان",
                "response", "کارشناس ما شنبه برای نصب دوباره می‌آید")).isEqualTo(302);
        assertThat(act(id, "/communicate", ceo, "how", "EMAIL", "requestConfirmation", "true")).isEqualTo(302);
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.AWAITING_CONFIRMATION);
        assertThat(complaints.findById(id).orElseThrow().getStatus()).isEqualTo(ComplaintStatus.AWAITING_CONFIRMATION);

        // a corrective action still open keeps the case from closing on the customer's word
        assertThat(act(id, "/actions", ceo, "description", "بازنگری چک‌لیست نصب", "ownerId", ceo.id(),
                "dueOn", JalaliDate.fromGregorian(LocalDate.now().plusDays(10)).toString())).isEqualTo(302);
        assertThat(act(id, "/answer", ceo, "satisfied", "true", "comment", "ممنون")).isEqualTo(302);
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.AWAITING_CONFIRMATION);
        assertThat(support.reload(id).getCustomerSatisfied()).isTrue();

        long actionId = Long.parseLong(page(id, ceo).replaceAll("(?s).*/actions/(\\d+)/done.*", "$1"));
        assertThat(act(id, "/actions/" + actionId + "/done", ceo, "note", "")).isEqualTo(302);
        assertThat(act(id, "/close", ceo, "reasonCodes", "INST.QUALITY")).isEqualTo(302);
        ComplaintCase closed = support.reload(id);
        assertThat(closed.getState()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.getCloseReason()).isNull();
        assertThat(complaints.findById(id).orElseThrow().getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(page(id, ceo)).contains("پرونده بسته شد").contains("مشتری رضایت داد").contains("ارزیابی اولیه");
    }

    @Test
    void onlyASeniorManagerClosesWithoutConfirmationAndOnlyWithAReason() throws Exception {
        Person owner = support.person(Role.SENIOR_MANAGER, null);
        Person manager = support.person(Role.MANAGER, owner);
        long id = support.complaint(Channel.WEB_FORM, "بدون پاسخ " + UUID.randomUUID().toString().substring(0, 6), null).getId();
        support.caseOf(id);
        for (String step : new String[] {"/assess", "/start-investigation"}) {
            assertThat(act(id, step, owner, "priority", "NORMAL", "severity", "MINOR", "categoryCode", "SALES")).isEqualTo(302);
        }
        assertThat(act(id, "/propose-response", owner, "decision", "بازپرداخت", "response", "مبلغ بازگردانده شد")).isEqualTo(302);
        assertThat(act(id, "/communicate", owner, "how", "PHONE", "requestConfirmation", "true")).isEqualTo(302);
        assertThat(mvc.perform(post("/cases/{id}/close", id).with(owner.auth()).with(csrf())).andReturn().getResponse()
                .getContentAsString()).contains("دلیل بستن پرونده را بنویسید");
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.AWAITING_CONFIRMATION);
        // a middle manager sees an ordinary case but may not decide on someone else's
        assertThat(status(id, manager)).isEqualTo(200);
        assertThat(mvc.perform(post("/cases/{id}/close", id).with(manager.auth()).with(csrf()).param("reason", "x"))
                .andReturn().getResponse().getContentAsString()).contains("مسئول پرونده یا مدیران ارشد");
        assertThat(act(id, "/close", owner, "reason", "سه بار تماس بی‌پاسخ", "reasonCodes", "AFTER.SLOW_RESPONSE")).isEqualTo(302);
        assertThat(support.reload(id).getCloseReason()).isEqualTo("سه بار تماس بی‌پاسخ");
        assertThat(act(id, "/reopen", owner)).isEqualTo(302);
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.REOPENED);
    }

    @Test
    void aTamperedFormIsABadRequestInPersianNeverAServerError() throws Exception {
        Person ceo = support.person(Role.CEO, null);
        long id = support.complaint(Channel.WEB_FORM, "دستکاری " + UUID.randomUUID().toString().substring(0, 6), null).getId();
        support.caseOf(id);
        var response = mvc.perform(post("/cases/{id}/assess", id).with(ceo.auth()).with(csrf())
                .param("severity", "<script>").param("priority", "NORMAL")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/cases/{id}", 987_654_321L).with(ceo.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.ACKNOWLEDGED);
    }

    private int status(long id, Person who) throws Exception {
        return mvc.perform(get("/cases/{id}", id).with(who.auth())).andReturn().getResponse().getStatus();
    }

    private int complaintPage(long id, Person who) throws Exception {
        return mvc.perform(get("/complaints/{id}", id).with(who.auth())).andReturn().getResponse().getStatus();
    }

    private String page(long id, Person who) throws Exception {
        return mvc.perform(get("/cases/{id}", id).with(who.auth())).andReturn().getResponse().getContentAsString();
    }

    private long taskId(long id, Person delegate) throws Exception {
        return Long.parseLong(page(id, delegate).replaceAll("(?s).*?id=\"assignment-(\\d+)\".*", "$1"));
    }

    private int act(long id, String path, Person who, Object... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/" + id + path)
                .with(who.auth()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i].toString(), params[i + 1].toString());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() != 302) {
            String body = response.getContentAsString();
            int at = body.indexOf("alert-danger");
            throw new AssertionError(path + " → " + response.getStatus() + " " + (at < 0 ? "" : body.substring(at, Math.min(body.length(), at + 200))));
        }
        return response.getStatus();
    }
}
