package ir.shenava.surveys;

import static ir.shenava.surveys.SurveyFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.calls.AttemptOutcome;
import ir.shenava.surveys.calls.CallAttempts;
import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallScheduling;
import ir.shenava.surveys.calls.Response;
import ir.shenava.surveys.calls.SurveyRecording;
import ir.shenava.surveys.questionnaire.Question;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 12 §6: a caller sees the calls and the contact data a call needs, never the complaint inbox or
 * cases; a completed survey's answers are not the callers' to browse.
 */
@ShenavaIntegrationTest
class CallerAccessWebTest {

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
    SurveyRecording recording;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    long callerId;
    RequestPostProcessor caller;
    long customer;
    long callId;

    @BeforeEach
    void aDueCall() {
        String name = "caller" + UUID.randomUUID().toString().substring(0, 8);
        callerId = accounts.create(name, "password-123", new StaffAccounts.Profile("تماس‌گیر دسترسی", null, null, null, null,
                EnumSet.of(Role.CALLER), true)).getId();
        caller = user(name).roles("CALLER");
        customer = fixtures.customer(true);
        callId = scheduling.schedule(completed(customer, fixtures.unit(customer, null), "2026-10-06", 7L), "test");
        clock.set(CallRulesTest.tehran("2026-10-14T09:00"));
    }

    MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aCallerStartsOnTheQueueAndHasNoInboxNorCases() throws Exception {
        // the home page shows a caller the calls of today, with the way to the queue, and no case work
        assertThat(perform(get("/").with(caller)).getContentAsString()).contains("href=\"/calls\"")
                .doesNotContain("href=\"/work\"");
        String queuePage = perform(get("/calls").with(caller)).getContentAsString();
        assertThat(queuePage).contains("id=\"nav-calls\"").doesNotContain("href=\"/cases\"").doesNotContain("href=\"/complaints\"");
        for (String page : List.of("/complaints", "/complaints/1", "/complaints/of-customer?customerId=" + customer, "/cases",
                "/cases/1", "/work")) {
            assertThat(perform(get(page).with(caller)).getStatus()).as(page).isEqualTo(403);
        }
        // someone with another role besides keeps what that role gives
        assertThat(perform(get("/work").with(user("both").roles("CALLER", "SALES_EXPERT"))).getStatus()).isEqualTo(200);
    }

    @Test
    void theCallerStillHasWhatTheCallNeeds() throws Exception {
        String customerPage = perform(get("/customers/" + customer).with(caller)).getContentAsString();
        assertThat(customerPage).contains("دکتر رضایی").contains("سونوگرافی").doesNotContain("/complaints/of-customer");
        assertThat(perform(post("/calls/" + callId + "/claim").with(caller).with(csrf())).getRedirectedUrl())
                .isEqualTo("/calls/" + callId);
        String screen = perform(get("/calls/" + callId).with(caller)).getContentAsString();
        assertThat(screen).contains("دکتر رضایی").contains("href=\"tel:+98912").contains("سونوگرافی").contains("۱۴ مهر ۱۴۰۵")
                .contains("id=\"attempt-form\"");
    }

    @Test
    void aCompletedSurveysAnswersAreNotShownToCallersOnTheCallScreen() throws Exception {
        queue.claim(callId, callerId);
        attempts.log(callId, callerId, AttemptOutcome.ANSWERED, null, null, null);
        recording.start(callId, callerId, null, SurveyMode.PHONE);
        SurveyRecording.Draft draft = recording.ofCall(callId).orElseThrow();
        String words = "پاسخ محرمانه " + UUID.randomUUID().toString().substring(0, 8);
        for (Question q : draft.questionnaire().questions()) {
            switch (q.type()) {
                case SCALE -> recording.save(draft, new Response(q.id(), 5, false, null, null, null));
                case RECOMMEND -> recording.save(draft, new Response(q.id(), 9, false, null, null, null));
                case TEXT -> recording.save(draft, new Response(q.id(), null, false, null, words, null));
                case YES_NO -> recording.save(draft, new Response(q.id(), 1, false, null, null, null));
                default -> recording.save(draft, new Response(q.id(), null, false, List.of(1), null, null));
            }
        }
        assertThat(recording.complete(callId, callerId)).isEmpty();

        String other = "caller" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(other, "password-123", new StaffAccounts.Profile("تماس‌گیر دیگر", null, null, null, null,
                EnumSet.of(Role.CALLER), true));
        MockHttpServletResponse asOther = perform(get("/calls/" + callId).with(user(other).roles("CALLER")));
        assertThat(asOther.getStatus()).isEqualTo(200);
        assertThat(asOther.getContentAsString()).doesNotContain(words).doesNotContain("id=\"script-h\"");
        assertThat(perform(get("/calls/" + callId).with(user("quality").roles("QUALITY_MANAGER"))).getContentAsString())
                .contains("id=\"script-h\"");
    }

    @Test
    void aCallThatDoesNotExistIsNotFoundForTheQualityManagersActions() throws Exception {
        long missing = Long.MAX_VALUE - Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L);
        for (String action : List.of("recheck", "end")) {
            assertThat(perform(post("/calls/" + missing + "/" + action).with(user("quality").roles("QUALITY_MANAGER"))
                    .with(csrf())).getStatus()).as(action).isEqualTo(404);
        }
    }
}
