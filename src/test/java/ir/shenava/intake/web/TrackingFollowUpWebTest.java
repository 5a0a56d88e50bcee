package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.CustomerConfirmation;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.platform.web.JalaliDates;
import ir.shenava.shared.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The tracking page after a lookup: the handling's timeline, and the complainant's confirmation of satisfaction. */
@ShenavaIntegrationTest
@RecordApplicationEvents
class TrackingFollowUpWebTest {

    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintFollowUp followUp;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private Complaint complaint(String subject, Instant receivedAt) {
        String mobile = "0912" + (1000000 + (int) (Math.random() * 8999999));
        String email = "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.ir";
        Complaint c = intake.registerAt(Channel.WEB_FORM, new Submission("رضا احمدی", null, PhoneNumber.parse(mobile), email,
                "SALES", null, null, subject, "شرح شکایت", null, null, null, null), receivedAt);
        OpenedCase.awaitFor(jdbc, c.getId());
        return c;
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

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the confirmation form carries a token").isTrue();
        return m.group(1);
    }

    private MvcResult answer(long complaintId, String token, String satisfied, String comment) throws Exception {
        MockHttpServletRequestBuilder request = from(post("/track/confirm"), ip()).param("complaint", String.valueOf(complaintId))
                .param("token", token).param("comment", comment).with(csrf());
        if (satisfied != null) {
            request.param("satisfied", satisfied);
        }
        return mvc.perform(request).andReturn();
    }

    private int answers(long complaintId) {
        return jdbc.queryForObject("select count(*) from complaint_confirmation where complaint_id = ?", Integer.class, complaintId);
    }

    private long confirmationEvents(long complaintId) {
        return events.stream(CustomerConfirmation.class).filter(e -> e.complaintId() == complaintId).count();
    }

    @Test
    void theTimelineShowsStatusesResponsesAndTheComplainantsOwnMessagesOldestFirst() throws Exception {
        Instant received = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Complaint c = complaint("تأخیر در تحویل " + UUID.randomUUID().toString().substring(0, 6), received);
        // after the case module's own acknowledgement (at the real now), so the order is the test's
        Instant investigating = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        followUp.statusChanged(c.getId(), ComplaintStatus.UNDER_INVESTIGATION, investigating);
        followUp.publishMessage(c.getId(), "دستگاه جایگزین <b>فردا</b> می‌رسد", 1L, investigating.plus(30, ChronoUnit.MINUTES));
        jdbc.update("insert into complaint_message (complaint_id, direction, body, received_at) values (?, 'OUT', ?, ?)",
                c.getId(), "یادداشت داخلی که منتشر نشده", java.sql.Timestamp.from(investigating.plus(40, ChronoUnit.MINUTES)));
        jdbc.update("insert into complaint_message (complaint_id, direction, from_address, body, received_at) values (?, 'IN', ?, ?, ?)",
                c.getId(), c.getContactEmail().toUpperCase(Locale.ROOT), "ممنون، منتظر می‌مانم",
                java.sql.Timestamp.from(investigating.plus(50, ChronoUnit.MINUTES)));
        jdbc.update("insert into complaint_message (complaint_id, direction, from_address, body, received_at) values (?, 'IN', ?, ?, ?)",
                c.getId(), "colleague@shenava.example", "نامه داخلی همکار با کد رهگیری",
                java.sql.Timestamp.from(investigating.plus(60, ChronoUnit.MINUTES)));

        String page = lookUp(c);

        JalaliDates persian = new JalaliDates(Locale.forLanguageTag("fa-IR"));
        assertThat(page).contains(persian.dateTime(received)).contains(persian.dateTime(investigating))
                .contains(persian.dateTime(investigating.plus(30, ChronoUnit.MINUTES)));
        assertThat(persian.dateTime(investigating)).doesNotContainPattern("[0-9]");
        assertThat(page).contains("دستگاه جایگزین &lt;b&gt;فردا&lt;/b&gt; می‌رسد").doesNotContain("<b>فردا</b>")
                .contains("پاسخ شرکت").contains("ممنون، منتظر می‌مانم")
                .doesNotContain("یادداشت داخلی").doesNotContain("نامه داخلی همکار");
        assertThat(page.split("وضعیت کنونی", -1)).as("the current status is said once").hasSize(2);
        assertThat(page.indexOf("وضعیت کنونی: در حال رسیدگی")).isLessThan(page.indexOf("دستگاه جایگزین"));
        assertThat(page.indexOf("دستگاه جایگزین")).isLessThan(page.indexOf("ممنون، منتظر می‌مانم"));
        assertThat(page).doesNotContain("آیا از نتیجه رسیدگی");
    }

    @Test
    void theComplainantConfirmsOnceFromTheTrackingPageAndMayAnswerAgainWhenAskedAgain() throws Exception {
        Complaint c = complaint("پاسخ ناقص " + UUID.randomUUID().toString().substring(0, 6), Instant.now().minus(1, ChronoUnit.DAYS));
        followUp.publishMessage(c.getId(), "قطعه تعویض شد", 1L, Instant.now().minus(2, ChronoUnit.HOURS));
        followUp.statusChanged(c.getId(), ComplaintStatus.AWAITING_CONFIRMATION, Instant.now().minus(1, ChronoUnit.HOURS));

        String page = lookUp(c);
        assertThat(page).contains("آیا از نتیجه رسیدگی به شکایت خود راضی هستید؟").contains("قطعه تعویض شد");
        String token = token(page);

        String unanswered = answer(c.getId(), token, null, "هنوز صدا دارد").getResponse().getContentAsString();
        assertThat(unanswered).contains("یکی از دو گزینه را انتخاب کنید.").contains("هنوز صدا دارد");
        assertThat(answers(c.getId())).isZero();

        MvcResult first = answer(c.getId(), token, "false", "هنوز صدا دارد");
        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        MvcResult twice = answer(c.getId(), token, "true", "");
        assertThat(answers(c.getId())).isEqualTo(1);
        assertThat(confirmationEvents(c.getId())).isEqualTo(1);
        CustomerConfirmation event = events.stream(CustomerConfirmation.class).filter(e -> e.complaintId() == c.getId())
                .findFirst().orElseThrow();
        assertThat(event.satisfied()).isFalse();
        assertThat(event.comment()).isEqualTo("هنوز صدا دارد");

        String after = mvc.perform(from(get(URI.create(first.getResponse().getRedirectedUrl())), ip())
                .flashAttrs(first.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("پاسخ شما ثبت شد").contains("پاسخ شما: از نتیجه راضی نیستم")
                .doesNotContain("آیا از نتیجه رسیدگی به شکایت خود راضی هستید؟");
        String again = mvc.perform(from(get(URI.create(twice.getResponse().getRedirectedUrl())), ip())
                .flashAttrs(twice.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("پاسخ شما پیش‌تر ثبت شده بود");

        // back to investigation, then asked again: a new answer is taken
        followUp.statusChanged(c.getId(), ComplaintStatus.UNDER_INVESTIGATION, Instant.now());
        followUp.statusChanged(c.getId(), ComplaintStatus.AWAITING_CONFIRMATION, Instant.now());
        assertThat(answer(c.getId(), token(lookUp(c)), "true", "").getResponse().getStatus()).isEqualTo(302);
        assertThat(answers(c.getId())).isEqualTo(2);
        assertThat(confirmationEvents(c.getId())).isEqualTo(2);
    }

    @Test
    void anAnswerIsRefusedWhenTheComplaintNoLongerAwaitsIt() throws Exception {
        Complaint c = complaint("پاسخ دیرهنگام " + UUID.randomUUID().toString().substring(0, 6), Instant.now().minus(1, ChronoUnit.DAYS));
        followUp.statusChanged(c.getId(), ComplaintStatus.AWAITING_CONFIRMATION, Instant.now());
        String token = token(lookUp(c));
        followUp.statusChanged(c.getId(), ComplaintStatus.CLOSED, Instant.now());

        MvcResult late = answer(c.getId(), token, "true", "");
        assertThat(answers(c.getId())).isZero();
        assertThat(confirmationEvents(c.getId())).isZero();
        String page = mvc.perform(from(get(URI.create(late.getResponse().getRedirectedUrl())), ip())
                .flashAttrs(late.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("این شکایت اکنون در انتظار تأیید رضایت شما نیست").doesNotContain("name=\"satisfied\"");
    }

    @Test
    void aTokenAnswersForItsOwnComplaintOnly() throws Exception {
        Complaint mine = complaint("شکایت من " + UUID.randomUUID().toString().substring(0, 6), Instant.now().minus(1, ChronoUnit.DAYS));
        Complaint other = complaint("شکایت دیگری " + UUID.randomUUID().toString().substring(0, 6), Instant.now().minus(1, ChronoUnit.DAYS));
        followUp.statusChanged(mine.getId(), ComplaintStatus.AWAITING_CONFIRMATION, Instant.now());
        followUp.statusChanged(other.getId(), ComplaintStatus.AWAITING_CONFIRMATION, Instant.now());
        String token = token(lookUp(mine));

        MockHttpServletResponse forOther = answer(other.getId(), token, "true", "").getResponse();
        assertThat(forOther.getStatus()).isEqualTo(404);
        assertThat(forOther.getContentAsString()).contains("این پیوند معتبر نیست").doesNotContain(other.getSubject());
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(answer(mine.getId(), forged, "true", "").getResponse().getStatus()).isEqualTo(404);
        assertThat(answer(mine.getId(), "", "true", "").getResponse().getStatus()).isEqualTo(400);
        MockHttpServletResponse peek = mvc.perform(from(get(URI.create("/track/confirm?complaint=" + other.getId() + "&token=" + token)),
                ip())).andReturn().getResponse();
        assertThat(peek.getStatus()).isEqualTo(404);
        assertThat(peek.getContentAsString()).doesNotContain(other.getSubject());
        assertThat(answers(mine.getId()) + answers(other.getId())).isZero();
    }
}
