package ir.shenava.surveys;

import static ir.shenava.surveys.SurveyFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.TestMailServer;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.notifications.Mails;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.calls.AttemptOutcome;
import ir.shenava.surveys.calls.CallAttempts;
import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallScheduling;
import ir.shenava.surveys.calls.CallStatus;
import ir.shenava.surveys.calls.WebSurveys;
import ir.shenava.surveys.questionnaire.Question;
import ir.shenava.surveys.questionnaire.Questionnaires;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 12 §6, beyond the policy: a call that ends unreachable offers the customer the same
 * questionnaire on the web — the link goes out by SMS, the page (open to anyone with the link) asks the
 * same questions under the same rules in Persian, keeps what was typed when something is missing, and
 * completes the survey as answered on the web, so its dissatisfaction becomes a SURVEY complaint as on a
 * call. A forged, expired or misused link is a page of its own.
 */
@ShenavaIntegrationTest
class WebSurveyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    CallScheduling scheduling;
    @Autowired
    CallQueue queue;
    @Autowired
    CallAttempts attempts;
    @Autowired
    WebSurveys webSurveys;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerRegistry customers;

    long caller;
    long callId;

    @BeforeEach
    void aCallThatEndsUnreachable() {
        String name = "w" + UUID.randomUUID().toString().substring(0, 8);
        caller = accounts.create(name, "password-123", new StaffAccounts.Profile("تماس‌گیر وب", null, null, null, null,
                EnumSet.of(Role.CALLER), true)).getId();
        long customer = fixtures.customer(true);
        callId = scheduling.schedule(completed(customer, fixtures.unit(customer, null), "2026-10-06", 7L), "test");
        clock.set(CallRulesTest.tehran("2026-10-14T09:00"));
    }

    void endUnreachable() {
        for (int i = 0; i < 5; i++) {
            queue.claim(callId, caller);
            attempts.log(callId, caller, AttemptOutcome.NO_ANSWER, null, null, null);
            clock.set(queue.find(callId).orElseThrow().nextTryAt().plusSeconds(60));
        }
        assertThat(queue.find(callId).orElseThrow().status()).isEqualTo(CallStatus.UNREACHABLE);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theCustomerAnswersOnTheWebAndTheirDissatisfactionIsInvestigated() throws Exception {
        String token = webSurveys.token(callId, clock.instant().plus(Duration.ofDays(14)));
        // while the call is open the link leads nowhere: the caller is still trying
        assertThat(perform(get("/survey/" + token)).getStatus()).isEqualTo(404);

        endUnreachable();
        // the link goes out by SMS to the contact's mobile, once
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from sms_message where idempotency_key = ?", Long.class, "survey-link." + callId) == 1);
        assertThat(jdbc.queryForObject("select text from sms_message where idempotency_key = ?", String.class,
                "survey-link." + callId)).contains("نظر شما");

        MockHttpServletResponse page = perform(get("/survey/" + token));
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        Question first = questionnaires.published().questions().get(0);
        assertThat(html).contains("نظرسنجی پس از نصب و آموزش", first.text(java.util.Locale.forLanguageTag("fa-IR")),
                "name=\"score-" + first.id() + "\"", "۱ — خیلی ناراضی");

        // nothing answered: the page says what is missing, in Persian
        String empty = perform(post("/survey/" + token).with(csrf())).getContentAsString();
        assertThat(empty).contains("این پرسش پاسخ لازم دارد.").doesNotContain("سپاس از پاسخ شما");

        // everything answered, the installation very dissatisfied but without a reason: kept, and asked for the reason
        Question installation = questionnaires.published().questions().stream()
                .filter(q -> q.code().equals("INSTALLATION")).findFirst().orElseThrow();
        MockHttpServletRequestBuilder answers = answered(token, installation);
        String noReason = perform(answers).getContentAsString();
        assertThat(noReason).contains("دست‌کم یک دلیل").contains("value=\"1\" checked");
        String reason = jdbc.queryForObject("""
                select code from dissatisfaction_reason where area_code = 'INSTALLATION_TRAINING' and active order by position limit 1""",
                String.class);
        String done = perform(answered(token, installation).param("reasons-" + installation.id(), reason)
                .param("text-" + installation.id(), "دستگاه دیر راه‌اندازی شد")).getContentAsString();
        assertThat(done).contains("سپاس از پاسخ شما");

        // completed as answered on the web; the call stays unreachable; the dissatisfaction is a SURVEY complaint
        Long surveyId = jdbc.queryForObject("select id from survey where call_id = ? and completed_at is not null and mode = 'WEB'",
                Long.class, callId);
        assertThat(queue.find(callId).orElseThrow().status()).isEqualTo(CallStatus.UNREACHABLE);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from survey_complaint where survey_id = ?", Long.class, surveyId) > 0);
        assertThat(jdbc.queryForObject("select channel from complaint where id = (select min(complaint_id) from survey_complaint where survey_id = ?)",
                String.class, surveyId)).isEqualTo("SURVEY");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from analytics_survey where survey_id = ? and mode = 'WEB'", Long.class, surveyId) == 1);

        // the link again: already answered, nothing asked twice
        assertThat(perform(get("/survey/" + token)).getContentAsString()).contains("پیش‌تر پاسخ داده شده").doesNotContain("score-");
        assertThat(perform(post("/survey/" + token).with(csrf())).getContentAsString()).contains("پیش‌تر پاسخ داده شده");
    }

    /** Every question answered well, the installation with 1 of 5. */
    MockHttpServletRequestBuilder answered(String token, Question installation) {
        MockHttpServletRequestBuilder form = post("/survey/" + token).with(csrf());
        for (Question q : questionnaires.published().questions()) {
            String id = String.valueOf(q.id());
            switch (q.type()) {
                case SCALE -> form.param("score-" + id, q.id() == installation.id() ? "1" : "۴");
                case RECOMMEND -> form.param("score-" + id, "9");
                case YES_NO -> form.param("score-" + id, "1");
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> form.param("choices-" + id, "1");
                case TEXT -> form.param("text-" + id, "همه چیز خوب بود");
            }
        }
        return form;
    }

    /** A contact reached by a landline (no mobile to text) gets the link by mail. */
    @Test
    void aContactWithoutAMobileGetsTheLinkByMail() throws Exception {
        TestMailServer.running();
        String email = "survey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ir";
        long customer = customers.create(new CustomerRegistry.CustomerData(null, "درمانگاه نظر " + UUID.randomUUID(),
                CustomerKind.CLINIC, "تهران", "تهران", null, null, null)).getId();
        customers.saveContact(customer, null, new CustomerRegistry.ContactData("مهندس نگار صدری", "مسئول تجهیزات", null, "02188776655", email));
        callId = scheduling.schedule(completed(customer, fixtures.unit(customer, null), "2026-10-06", 7L), "test");
        clock.set(CallRulesTest.tehran("2026-10-14T09:00"));
        endUnreachable();

        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(email).size() == 1);
        MimeMessage mail = Mails.to(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("نظرسنجی پس از نصب و آموزش دستگاه");
        String html = Mails.part(mail, "text/html");
        assertThat(html).contains("سلام مهندس نگار صدری", "پاسخ به نظرسنجی", "http://localhost:8080/survey/" + callId + ".");
        String link = html.substring(html.indexOf("http://localhost:8080/survey/"));
        String token = link.substring("http://localhost:8080/survey/".length(), link.indexOf('"'));
        assertThat(perform(get("/survey/" + token)).getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from sms_message where idempotency_key = ?", Long.class,
                "survey-link." + callId)).isZero();
    }

    @Test
    void aForgedExpiredOrAlteredLinkIsAPageOfItsOwn() throws Exception {
        endUnreachable();
        String good = webSurveys.token(callId, clock.instant().plus(Duration.ofDays(14)));
        String[] parts = good.split("\\.");
        for (String bad : new String[] {
                webSurveys.token(callId, Instant.parse("2026-01-01T00:00:00Z")),           // expired
                (callId + 1) + "." + parts[1] + "." + parts[2],                             // another call
                parts[0] + "." + (Long.parseLong(parts[1]) + 30) + "." + parts[2],          // a later expiry
                "1.1.forged", "<script>", "۱۲۳"}) {
            MockHttpServletResponse response = perform(get("/survey/{t}", bad));
            assertThat(response.getStatus()).as(bad).isEqualTo(404);
            assertThat(response.getContentAsString()).as(bad).contains("معتبر نیست");
            assertThat(perform(post("/survey/{t}", bad).with(csrf())).getStatus()).as(bad).isEqualTo(404);
        }
        assertThat(perform(get("/survey/" + good)).getStatus()).isEqualTo(200);
        // the page's own language switch: the same survey in English
        String english = perform(get("/survey/" + good).param("lang", "en")).getContentAsString();
        assertThat(english).contains("Survey after installation and training", "1 — very dissatisfied")
                .doesNotContain("نظرسنجی پس از نصب و آموزش");

        // the form of one survey is sent a limited number of times an hour, then a Persian message, the answers kept
        for (int i = 0; i < 30; i++) {
            assertThat(perform(post("/survey/" + good).with(csrf())).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse tooMany = perform(post("/survey/" + good).with(csrf()));
        assertThat(tooMany.getStatus()).isEqualTo(429);
        assertThat(tooMany.getContentAsString()).contains("بارها فرستاده شده");
    }
}
