package ir.shenava.surveys;

import static ir.shenava.surveys.SurveyFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallScheduling;
import ir.shenava.surveys.calls.CallStatus;
import ir.shenava.surveys.calls.SurveyRecording;
import ir.shenava.surveys.questionnaire.Question;
import ir.shenava.surveys.questionnaire.Questionnaires;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ShenavaIntegrationTest
class CallScreenWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    CallScheduling scheduling;
    @Autowired
    CallQueue queue;
    @Autowired
    SurveyRecording recording;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    ir.shenava.customers.CustomerDirectory customers;

    String callerName;
    RequestPostProcessor caller;
    long callId;

    @BeforeEach
    void aDueCall() {
        callerName = "caller" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(callerName, "password-123", new StaffAccounts.Profile("تماس‌گیر آزمون", null, null, null, null,
                EnumSet.of(Role.CALLER), true));
        caller = user(callerName).roles("CALLER");
        long customer = fixtures.customer(true);
        callId = scheduling.schedule(completed(customer, fixtures.unit(customer, null), "2026-10-06", 7L), "test");
        clock.set(CallRulesTest.tehran("2026-10-14T09:00"));
    }

    MockHttpServletResponse perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theQueueShowsTheDueCallWithItsTelLinkAndJalaliDates() throws Exception {
        // other tests' calls are due too: the caller looks the customer up by code (or phone)
        String code = customers.find(new ir.shenava.customers.CustomerId(queue.find(callId).orElseThrow().customerId()))
                .orElseThrow().code();
        MockHttpServletResponse page = perform(get("/calls").param("q", code.toLowerCase()).with(caller));
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("/calls/" + callId + "/claim").contains("href=\"tel:+98912").contains("۲۱ مهر ۱۴۰۵")
                .contains("دکتر رضایی");
        assertThat(perform(get("/calls").param("q", "NO-SUCH-CODE").with(caller)).getContentAsString())
                .doesNotContain("/calls/" + callId + "/claim").contains("تماسی نیست.");
    }

    @Test
    void theQueueIsPagedAfterTheLastRowShownAndAGarbledCursorStartsAgain() throws Exception {
        long customer = fixtures.customer(true);
        for (int i = 0; i < 30; i++) {   // 30 units completed in 30 weeks: 30 calls of one customer, all due by now
            scheduling.schedule(completed(customer, fixtures.unit(customer, null), java.time.LocalDate.parse("2026-01-03")
                    .plusWeeks(i).toString(), 7L), "test");
        }
        java.util.List<Long> only = java.util.List.of(customer);
        java.util.List<Long> all = queue.due(null, only, 100).rows().stream().map(r -> r.id()).toList();
        assertThat(all).hasSize(30);
        ir.shenava.surveys.calls.CallQueue.Page first = queue.due(null, only, 4);
        assertThat(first.rows()).extracting(r -> r.id()).containsExactlyElementsOf(all.subList(0, 4));
        ir.shenava.surveys.calls.CallQueue.Cursor cursor = ir.shenava.surveys.calls.CallQueue.Cursor.parse(first.next().text())
                .orElseThrow();
        assertThat(queue.due(cursor, only, 4).rows()).extracting(r -> r.id()).containsExactlyElementsOf(all.subList(4, 8));
        ir.shenava.surveys.calls.CallQueue.Page last = queue.due(null, only, 30);
        assertThat(last.next()).isNull();

        String code = customers.find(new ir.shenava.customers.CustomerId(customer)).orElseThrow().code();
        String page = perform(get("/calls").param("q", code).with(caller)).getContentAsString();
        assertThat(page).contains("id=\"calls-next\"").contains("/calls/" + all.get(24) + "/claim")
                .doesNotContain("/calls/" + all.get(25) + "/claim");
        String after = queue.due(null, only, 25).next().text();
        String second = perform(get("/calls").param("q", code).param("after", after).with(caller)).getContentAsString();
        assertThat(second).contains("/calls/" + all.get(25) + "/claim").doesNotContain("/calls/" + all.get(24) + "/claim");
        assertThat(perform(get("/calls").param("after", "garbled").with(caller)).getStatus()).isEqualTo(200);
    }

    @Test
    void aCallerClaimsAnswersResumesAndCannotCompleteWithoutReasons() throws Exception {
        assertThat(perform(post("/calls/" + callId + "/claim").with(caller).with(csrf())).getRedirectedUrl())
                .isEqualTo("/calls/" + callId);
        String screen = perform(get("/calls/" + callId).with(caller)).getContentAsString();
        assertThat(screen).contains("دکتر رضایی").contains("سونوگرافی").contains("id=\"attempt-form\"");

        // a bad call-back time keeps the page with a Persian message
        MockHttpServletResponse bad = perform(post("/calls/" + callId + "/attempts").with(caller).with(csrf())
                .param("outcome", "CALL_BACK").param("callBackDate", "۱۴۰۵/۱۳/۴۰").param("callBackTime", "۱۰:۳۰"));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("زمان تماس مجدد معتبر نیست");

        assertThat(perform(post("/calls/" + callId + "/attempts").with(caller).with(csrf()).param("outcome", "ANSWERED"))
                .getRedirectedUrl()).isEqualTo("/calls/" + callId);
        Question install = recording.ofCall(callId).orElseThrow().questionnaire().questions().stream()
                .filter(q -> q.code().equals("INSTALLATION")).findFirst().orElseThrow();
        MockHttpServletResponse saved = perform(post("/calls/" + callId + "/answers/" + install.id()).with(caller).with(csrf())
                .header("HX-Request", "true").param("score", "1"));
        assertThat(saved.getContentAsString()).contains("ذخیره شد");
        MockHttpServletResponse wrong = perform(post("/calls/" + callId + "/answers/" + install.id()).with(caller).with(csrf())
                .header("HX-Request", "true").param("score", "9"));
        assertThat(wrong.getContentAsString()).contains("این امتیاز برای این پرسش معتبر نیست");

        // the dropped line: the page comes back with the answer chosen and the reasons open
        String resumed = perform(get("/calls/" + callId).with(caller)).getContentAsString();
        assertThat(resumed).containsPattern("id=\"q" + install.id() + "-s1\" value=\"1\" checked")
                .contains("id=\"q" + install.id() + "-r-INST.LATE\"");

        MockHttpServletResponse incomplete = perform(post("/calls/" + callId + "/complete").with(caller).with(csrf()));
        assertThat(incomplete.getStatus()).isEqualTo(200);
        assertThat(incomplete.getContentAsString()).contains("برای پاسخ ناراضی دست‌کم یک علت انتخاب کنید")
                .contains("این پرسش پاسخ لازم دارد");
        assertThat(queue.find(callId).orElseThrow().status()).isEqualTo(CallStatus.PENDING);
    }

    @Test
    void anotherCallerCannotTakeAClaimedCall() throws Exception {
        perform(post("/calls/" + callId + "/claim").with(caller).with(csrf()));
        String other = "caller" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(other, "password-123", new StaffAccounts.Profile("دیگری", null, null, null, null, EnumSet.of(Role.CALLER), true));
        MockHttpServletResponse taken = perform(post("/calls/" + callId + "/claim").with(user(other).roles("CALLER")).with(csrf()));
        assertThat(taken.getRedirectedUrl()).isEqualTo("/calls");
        assertThat(perform(get("/calls/" + callId).with(user(other).roles("CALLER"))).getContentAsString())
                .doesNotContain("id=\"attempt-form\"");
    }

    @Test
    void theQualityManagerEditsADraftPreviewsItAndPublishesIt() throws Exception {
        RequestPostProcessor quality = user("quality").roles("QUALITY_MANAGER");
        String location = perform(post("/questionnaires/draft").with(quality).with(csrf())).getRedirectedUrl();
        long draft = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // a bad question keeps what was typed, with the message beside it
        MockHttpServletResponse bad = perform(post("/questionnaires/" + draft + "/questions/new").with(quality).with(csrf())
                .param("code", "!").param("section", "SALES").param("type", "SINGLE_CHOICE").param("textFa", "کدام روش پرداخت؟")
                .param("textEn", "Which payment?").param("optionsFa", "نقد\nاقساط").param("optionsEn", "Cash"));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("کد باید ۲ تا ۴۰ حرف لاتین").contains("کدام روش پرداخت؟");
        assertThat(perform(post("/questionnaires/" + draft + "/questions/new").with(quality).with(csrf())
                .param("code", "PAYMENT").param("section", "SALES").param("type", "SINGLE_CHOICE").param("textFa", "کدام روش پرداخت؟")
                .param("textEn", "Which payment?").param("optionsFa", "نقد\nاقساط").param("optionsEn", "Cash\nInstalments")
                .param("required", "false")).getRedirectedUrl()).isEqualTo("/questionnaires/" + draft);
        String preview = perform(get("/questionnaires/" + draft + "/preview").with(quality)).getContentAsString();
        assertThat(preview).contains("کدام روش پرداخت؟").contains("اقساط").contains("۱ — خیلی ناراضی").doesNotContain("hx-post");

        perform(post("/questionnaires/" + draft + "/publish").with(quality).with(csrf()));
        assertThat(questionnaires.published().id()).isEqualTo(draft);
        perform(post("/questionnaires/" + draft).with(quality).with(csrf()).param("titleFa", "تغییر").param("titleEn", "x")
                .param("threshold", "3"));
        assertThat(questionnaires.find(draft).orElseThrow().threshold()).isEqualTo(2);
    }

    @Test
    void staffMarkACustomerDoNotCallOnTheCustomerPage() throws Exception {
        long customer = fixtures.customer(true);
        RequestPostProcessor sales = user("sales").roles("SALES_EXPERT");
        assertThat(perform(get("/customers/" + customer).with(sales)).getContentAsString()).contains("id=\"doNotCall\"");
        perform(post("/customers/" + customer + "/do-not-call").with(sales).with(csrf()).param("doNotCall", "true"));
        assertThat(customers.isDoNotCall(new ir.shenava.customers.CustomerId(customer))).isTrue();
        long call = scheduling.schedule(completed(customer, fixtures.unit(customer, null), "2026-10-06", 7L), "test");
        assertThat(queue.find(call).orElseThrow().status()).isEqualTo(CallStatus.DO_NOT_CALL);
        assertThat(perform(get("/calls").with(user("quality").roles("QUALITY_MANAGER"))).getContentAsString())
                .contains("تماس گرفته نشود (خواست مشتری)");
        perform(post("/customers/" + customer + "/do-not-call").with(sales).with(csrf()));
        assertThat(customers.isDoNotCall(new ir.shenava.customers.CustomerId(customer))).isFalse();
    }

    @Test
    void theBackfillPreviewsBeforeItConfirmsAndRejectsABadDate() throws Exception {
        RequestPostProcessor quality = user("quality").roles("QUALITY_MANAGER");
        assertThat(perform(get("/calls/backfill").with(quality).param("since", "۱۴۰۵/۰۷/۰۱")).getContentAsString())
                .contains("id=\"backfill-count\"");
        assertThat(perform(get("/calls/backfill").with(quality).param("since", "1405/14/01")).getContentAsString())
                .contains("تاریخ معتبر نیست");
    }
}
