package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A status reads as the complainant's on the tracking side and as the customer's on staff pages. */
@ShenavaIntegrationTest
class StatusWordingWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintFollowUp followUp;

    @Test
    void staffReadAwaitingTheCustomersConfirmationNotYours() throws Exception {
        String subject = "منتظر پاسخ مشتری " + UUID.randomUUID().toString().substring(0, 6);
        Complaint c = intake.register(Channel.WEB_FORM, new Submission("سارا امینی", null, null, "s.amini@example.ir",
                "SALES", null, null, subject, "شرح", null, null, null, null), List.of());
        // the case module acknowledges the complaint on its own thread first; only then move it on
        await().atMost(Duration.ofSeconds(20)).until(() -> followUp.summary(c.getId()).orElseThrow().status()
                == ComplaintStatus.ACKNOWLEDGED);
        followUp.statusChanged(c.getId(), ComplaintStatus.AWAITING_CONFIRMATION, Instant.now());

        String page = mvc.perform(get("/complaints/{id}", c.getId()).with(user("q").roles("QUALITY_MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("در انتظار تأیید رضایت مشتری").doesNotContain("در انتظار تأیید رضایت شما");
        String inbox = mvc.perform(get("/complaints").param("query", subject).with(user("q").roles("QUALITY_MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains(subject).contains("در انتظار تأیید رضایت مشتری").doesNotContain("رضایت شما");
    }
}
