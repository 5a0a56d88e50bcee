package ir.shenava.cases.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseState;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.CaseTestSupport.Person;
import ir.shenava.intake.Channel;
import ir.shenava.staff.Role;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.ReasonCount;
import ir.shenava.surveys.ReasonSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Policy 5: the owner codes the root-cause reasons when closing; the quarterly count sees them. */
@ShenavaIntegrationTest
class CaseReasonsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    DissatisfactionReasons reasons;

    @Test
    void closingNeedsAReasonAndTheReasonsAreCountedBySource() throws Exception {
        Person owner = support.person(Role.SENIOR_MANAGER, null);
        long id = support.complaint(Channel.WEB_FORM, "دلیل ریشه‌ای " + UUID.randomUUID().toString().substring(0, 6), null).getId();
        support.caseOf(id);
        for (String step : new String[] {"/assess", "/start-investigation"}) {
            step(id, step, owner, "priority", "NORMAL", "severity", "MINOR", "categoryCode", "INSTALLATION");
        }
        step(id, "/propose-response", owner, "decision", "نصب دوباره", "response", "نصب دوباره انجام شد");
        step(id, "/communicate", owner, "how", "PHONE", "requestConfirmation", "true");
        String page = body(mvc.perform(get("/cases/{id}", id).with(owner.auth())).andReturn().getResponse());
        assertThat(page).contains("id=\"close-reasons\"", "value=\"INST.QUALITY\"", "کیفیت نامناسب نصب");

        MockHttpServletResponse refused = step(id, "/close", owner, "reason", "دو بار تماس بی‌پاسخ");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(body(refused)).contains("دست‌کم یک دلیل ریشه‌ای نارضایتی را انتخاب کنید");
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.AWAITING_CONFIRMATION);
        assertThat(body(step(id, "/close", owner, "reason", "دو بار تماس بی‌پاسخ", "reasonCodes", "NO.SUCH")))
                .contains("در فهرست فعال نیست");
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.AWAITING_CONFIRMATION);

        Instant from = Instant.now().minus(Duration.ofMinutes(1));
        long before = counted(from, "INST.QUALITY");
        assertThat(step(id, "/close", owner, "reason", "دو بار تماس بی‌پاسخ", "reasonCodes", "INST.QUALITY",
                "reasonCodes", "INST.TRAINING_SHORT").getStatus()).isEqualTo(302);
        assertThat(support.reload(id).getState()).isEqualTo(CaseState.CLOSED);
        assertThat(reasons.recordedFor(ReasonSource.CASE, id)).containsExactly("INST.QUALITY", "INST.TRAINING_SHORT");
        assertThat(counted(from, "INST.QUALITY")).isEqualTo(before + 1);
        assertThat(body(mvc.perform(get("/cases/{id}", id).with(owner.auth())).andReturn().getResponse()))
                .contains("case-reasons", "آموزش ناکافی کارکنان");

        // recoded on the closed case: replaced, not added
        assertThat(step(id, "/reasons", owner, "reasonCodes", "INST.LATE").getStatus()).isEqualTo(302);
        assertThat(reasons.recordedFor(ReasonSource.CASE, id)).containsExactly("INST.LATE");
        assertThat(counted(from, "INST.QUALITY")).isEqualTo(before);
    }

    private long counted(Instant from, String code) {
        List<ReasonCount> counts = reasons.counted(from, Instant.now().plus(Duration.ofMinutes(1)));
        return counts.stream().filter(c -> c.reasonCode().equals(code) && c.source() == ReasonSource.CASE)
                .mapToLong(ReasonCount::count).sum();
    }

    private MockHttpServletResponse step(long id, String path, Person who, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/cases/" + id + path).with(who.auth()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString();
    }
}
