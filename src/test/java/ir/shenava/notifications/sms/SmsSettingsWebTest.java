package ir.shenava.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.time.Duration;
import java.util.List;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.notifications.SmsSender;
import ir.shenava.notifications.web.SmsOfComplaint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's SMS page: saving the gateway, the key never shown back, the test send, parts; short links; a complaint's list. */
@ShenavaIntegrationTest
class SmsSettingsWebTest {

    static final RequestPostProcessor ADMIN = user("sms-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    SmsSettingsStore settings;
    @Autowired
    SmsSender sender;
    @Autowired
    SmsMessages messages;
    @Autowired
    SmsOfComplaint smsOfComplaint;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplaintIntake intake;

    FakeGateway gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = new FakeGateway();
    }

    @AfterEach
    void stop() {
        settings.save(new SmsSettings(SmsProvider.LOG, null, null, null, 0));
        gateway.close();
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse save(String provider, String key, String sender, String price) throws Exception {
        return mvc.perform(post("/sms-settings").with(ADMIN).with(csrf()).param("provider", provider).param("apiKey", key)
                .param("senderLine", sender).param("baseUrl", gateway.url()).param("pricePerPart", price))
                .andReturn().getResponse();
    }

    @Test
    void theKeyIsStoredEncryptedAndNeverShownBackAndTheTemplatesShowPartsAndCost() throws Exception {
        MockHttpServletResponse saved = save("KAVENEGAR", "kv-secret-key-abcdef7788", "۱۰۰۰۴۳۴۶", "1200");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(settings.current().apiKey()).isEqualTo("kv-secret-key-abcdef7788");
        assertThat(settings.current().senderLine()).isEqualTo("10004346");
        assertThat(jdbc.queryForObject("select api_key from sms_settings", String.class))
                .startsWith("v1:").doesNotContain("kv-secret-key");

        // saved again without a key: the stored one stays
        assertThat(save("KAVENEGAR", "", "10004346", "1200").getStatus()).isEqualTo(302);
        assertThat(settings.current().apiKey()).isEqualTo("kv-secret-key-abcdef7788");

        String page = mvc.perform(get("/sms-settings").with(ADMIN)).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("kv-secret-key").contains("…7788").contains("کاوه‌نگار");
        // the acknowledgement: Persian, so UCS-2; with the tracking link it needs two parts at 1200 rials each
        SmsLength ack = SmsLength.of(extract(page, "template-mail-ack-sms", "report-text"));
        assertThat(ack.unicode()).isTrue();
        assertThat(cell(page, "template-mail-ack-sms", "parts")).isEqualTo(persian(ack.parts()));
        assertThat(cell(page, "template-mail-ack-sms", "cost")).isEqualTo(persian(ack.parts() * 1200L));
    }

    @Test
    void aGatewayWithoutKeyOrSenderIsRefusedWithPersianMessagesAndNothingIsSaved() throws Exception {
        MockHttpServletResponse response = save("SMSIR", "", "", "0");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("کلید API درگاه را وارد کنید.").contains("شمارهٔ خط فرستنده را وارد کنید.");
        assertThat(settings.current().provider()).isEqualTo(SmsProvider.LOG);
    }

    @Test
    void theTestButtonSendsThroughTheChosenGatewayAndSaysWhatItAnswered() throws Exception {
        save("KAVENEGAR", "kv-test-key-000111", "10004346", "0");
        MockHttpServletResponse sent = mvc.perform(post("/sms-settings/test").with(ADMIN).with(csrf())
                .param("phone", "۰۹۱۲ ۱۲۳ ۴۵۶۷")).andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(gateway.sends()).hasSize(1);
        FakeGateway.Request request = gateway.sends().get(0);
        assertThat(request.path()).isEqualTo("/v1/kv-test-key-000111/sms/send.json");
        assertThat(request.form()).containsEntry("receptor", "09121234567").containsEntry("sender", "10004346")
                .containsEntry("message", "پیامک آزمایشی شنوا: درگاه پیامک درست کار می‌کند.");

        gateway.thenAnswer(403, "{\"return\":{\"status\":403,\"message\":\"کد شناسائی API-Key معتبر نمی‌باشد\"},\"entries\":null}", 0);
        mvc.perform(post("/sms-settings/test").with(ADMIN).with(csrf()).param("phone", "09121234567"));
        assertThat(gateway.sends()).hasSize(2);

        MockHttpServletResponse wrong = mvc.perform(post("/sms-settings/test").with(ADMIN).with(csrf()).param("phone", "12345"))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("یک شمارهٔ همراه درست وارد کنید");
        assertThat(gateway.sends()).hasSize(2);
    }

    @Test
    void theTestResultIsShownOnThePage() throws Exception {
        save("SMSIR", "smsir-key-1", "30007732000000", "0");
        var result = mvc.perform(post("/sms-settings/test").with(ADMIN).with(csrf()).param("phone", "09121234567")).andReturn();
        String page = mvc.perform(get("/sms-settings").with(ADMIN).flashAttrs(result.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("پیامک آزمایشی به").contains("8792343");
    }

    @Test
    void longLinksOfOursAreShortenedAndTheShortLinkLeadsThere() throws Exception {
        String target = "http://localhost:8080/track/confirm?complaint=77&token=abcdefghijklmnopqrstuvwxyz0123456789";
        String key = "short." + UUID.randomUUID();
        sender.send(key, 77_000_001L, "+989121234567", "پاسخ آماده است: " + target + " و http://other.example/very/long/link/that/stays");
        String text = messages.byKey(key).orElseThrow().text();
        Matcher m = Pattern.compile("http://localhost:8080/s/([A-Za-z0-9]{8})").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        assertThat(text).doesNotContain("token=").contains("http://other.example/very/long/link/that/stays");

        MockHttpServletResponse open = mvc.perform(get("/s/" + m.group(1))).andReturn().getResponse();
        assertThat(open.getStatus()).isEqualTo(302);
        assertThat(open.getRedirectedUrl()).isEqualTo(target);
        assertThat(mvc.perform(get("/s/Zz9Zz9Zz")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aComplaintsSmsAreListedWithTheirStateForTheViewerThePageWasShownTo() throws Exception {
        String key = "list." + UUID.randomUUID();
        sender.send(key, 77_000_002L, "+989121234567", "شکایت شما ثبت شد.");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("sms-manager", null,
                AuthorityUtils.createAuthorityList("ROLE_MANAGER")));
        String url = smsOfComplaint.url(77_000_002L);

        String list = mvc.perform(get(url).with(user("sms-manager").roles("MANAGER"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("شکایت شما ثبت شد.").contains("+989121234567").contains("sms-status");
        assertThat(mvc.perform(get(url).with(user("someone-else").roles("MANAGER"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/sms/complaints/77000002?sig=forged").with(user("sms-manager").roles("MANAGER")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theStaffComplaintPageListsTheAcknowledgementSmsWithItsState() throws Exception {
        var complaint = intake.register(Channel.WEB_FORM, new Submission("حسن مرادی", null,
                PhoneNumber.tryParse("0912" + (1000000 + (int) (Math.random() * 8999999))).orElseThrow(), null, "SALES",
                null, null, "قطعه نرسید", "قطعه یدکی هنوز نرسیده است.", null, null, null, null), List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> messages.ofComplaint(complaint.getId()).stream()
                .anyMatch(m -> m.state() == SmsMessage.State.LOGGED));

        RequestPostProcessor viewer = user("sms-page-ceo").roles("CEO");
        String page = mvc.perform(get("/complaints/" + complaint.getId()).with(viewer)).andReturn().getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("hx-get=\"(/sms/complaints/[^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the complaint page loads its SMS: %s", page.contains("sms-h")
                ? page.substring(page.indexOf("sms-h"), Math.min(page.length(), page.indexOf("sms-h") + 400)) : page).isTrue();
        String list = mvc.perform(get(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1))).with(viewer))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(complaint.getTrackingCode().display()).contains("فقط در گزارش")
                .contains(complaint.getContactPhone());
    }

    private static String persian(long n) {
        return ir.shenava.shared.PersianText.persianDigits(String.valueOf(n));
    }

    private static String cell(String page, String rowId, String cellClass) {
        return extract(page, rowId, cellClass);
    }

    private static String extract(String page, String rowId, String cellClass) {
        String row = page.substring(page.indexOf("id=\"" + rowId + "\""));
        Matcher m = Pattern.compile("class=\"" + cellClass + "\">([^<]*)<").matcher(row);
        assertThat(m.find()).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }
}
