package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.platform.web.JalaliDates;
import ir.shenava.shared.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The tracking page after a lookup: the handling's timeline. */
@ShenavaIntegrationTest
class TrackingFollowUpWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintFollowUp followUp;
    @Autowired
    JdbcTemplate jdbc;

    private Complaint complaint(String subject, Instant receivedAt) {
        String mobile = "0912" + (1000000 + (int) (Math.random() * 8999999));
        String email = "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.ir";
        return intake.registerAt(Channel.WEB_FORM, new Submission("رضا احمدی", null, PhoneNumber.parse(mobile), email, "SALES",
                null, null, subject, "شرح شکایت", null, null, null, null), receivedAt);
    }

    private static <T extends MockHttpServletRequestBuilder> T from(T request, String ip) {
        request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
        return request;
    }

    private static String ip() {
        return "10.44." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private String lookUp(Complaint c) throws Exception {
        String lastFour = c.getContactPhone().substring(c.getContactPhone().length() - 4);
        return mvc.perform(from(post("/track"), ip()).param("code", c.getTrackingCode().display())
                .param("verifier", lastFour).with(csrf())).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theTimelineShowsStatusesResponsesAndTheComplainantsOwnMessagesOldestFirst() throws Exception {
        Instant received = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Complaint c = complaint("تأخیر در تحویل " + UUID.randomUUID().toString().substring(0, 6), received);
        Instant investigating = received.plus(30, ChronoUnit.MINUTES);
        followUp.statusChanged(c.getId(), ComplaintStatus.UNDER_INVESTIGATION, investigating);
        followUp.publishMessage(c.getId(), "دستگاه جایگزین <b>فردا</b> می‌رسد", 1L, received.plus(60, ChronoUnit.MINUTES));
        jdbc.update("insert into complaint_message (complaint_id, direction, body, received_at) values (?, 'OUT', ?, ?)",
                c.getId(), "یادداشت داخلی که منتشر نشده", java.sql.Timestamp.from(received.plus(70, ChronoUnit.MINUTES)));
        jdbc.update("insert into complaint_message (complaint_id, direction, from_address, body, received_at) values (?, 'IN', ?, ?, ?)",
                c.getId(), c.getContactEmail().toUpperCase(Locale.ROOT), "ممنون، منتظر می‌مانم",
                java.sql.Timestamp.from(received.plus(80, ChronoUnit.MINUTES)));
        jdbc.update("insert into complaint_message (complaint_id, direction, from_address, body, received_at) values (?, 'IN', ?, ?, ?)",
                c.getId(), "colleague@shenava.example", "نامه داخلی همکار با کد رهگیری",
                java.sql.Timestamp.from(received.plus(90, ChronoUnit.MINUTES)));

        String page = lookUp(c);

        JalaliDates persian = new JalaliDates(Locale.forLanguageTag("fa-IR"));
        assertThat(page).contains(persian.dateTime(received)).contains(persian.dateTime(investigating))
                .contains(persian.dateTime(received.plus(60, ChronoUnit.MINUTES)));
        assertThat(persian.dateTime(investigating)).doesNotContainPattern("[0-9]");
        assertThat(page).contains("دستگاه جایگزین &lt;b&gt;فردا&lt;/b&gt; می‌رسد").doesNotContain("<b>فردا</b>")
                .contains("پاسخ شرکت").contains("ممنون، منتظر می‌مانم")
                .doesNotContain("یادداشت داخلی").doesNotContain("نامه داخلی همکار");
        assertThat(page.split("وضعیت کنونی", -1)).as("the current status is said once").hasSize(2);
        assertThat(page.indexOf("وضعیت کنونی: در حال رسیدگی")).isLessThan(page.indexOf("دستگاه جایگزین"));
        assertThat(page.indexOf("دستگاه جایگزین")).isLessThan(page.indexOf("ممنون، منتظر می‌مانم"));
    }
}
