package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@ShenavaIntegrationTest
@RecordApplicationEvents
class PublicComplaintWebTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;
    @Autowired
    ProofOfWork pow;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffDirectory staff;

    /** What the browser's pow.js does. */
    private String[] solvedChallenge() {
        String challenge = pow.issue();
        for (int counter = 0; ; counter++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge + ":" + counter)) >= pow.bits()) {
                return new String[] {challenge, String.valueOf(counter)};
            }
        }
    }

    private MockMultipartHttpServletRequestBuilder complaint(String path, String[] challenge, String ip) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
        request.param("contactName", "مريم كاظمي").param("phone", "۰۹۱۲ ۳۳۳ ۴۴۵۵").param("email", "m@example.ir")
                .param("categoryCode", "SALES").param("satisfaction", "2").param("subject", "تأخیر در تحویل")
                .param("description", "دستگاه دو ماه دیرتر از قرارداد رسید <script>alert(1)</script>")
                .param("remedySought", "جبران خسارت").param("challenge", challenge[0]).param("counter", challenge[1]);
        return request;
    }

    private String ip() {
        return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void aCustomerSendsAComplaintWithAFileAndGetsATrackingCode() throws Exception {
        long before = complaints.count();
        MockMultipartHttpServletRequestBuilder request = complaint("/complaint", solvedChallenge(), ip());
        request.file(new MockMultipartFile("files", "photo.png", "image/png", PNG));
        var result = mvc.perform(request.with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/complaint/done");
        String code = (String) result.getFlashMap().get("trackingCode");
        assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
        assertThat(complaints.count()).isEqualTo(before + 1);

        Complaint stored = complaints.findByTrackingCode(code.replace("-", "")).orElseThrow();
        assertThat(stored.getContactName()).isEqualTo("مریم کاظمی");
        assertThat(stored.getContactPhone()).isEqualTo("+989123334455");
        assertThat(stored.getChannel()).isEqualTo(Channel.WEB_FORM);
        assertThat(stored.isConfidential()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from complaint_attachment where complaint_id = ?", Integer.class,
                stored.getId())).isEqualTo(1);
        assertThat(events.stream(ComplaintRegistered.class).filter(e -> e.complaintId() == stored.getId())).hasSize(1);

        // the tracking page needs the code and the last four digits (or the email)
        String found = mvc.perform(post("/track").param("code", code.toLowerCase()).param("verifier", "۴۴۵۵").with(csrf())
                .with(r -> { r.setRemoteAddr(ip()); return r; })).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("تأخیر در تحویل").contains("دریافت شد");
        String wrong = mvc.perform(post("/track").param("code", code).param("verifier", "0000").with(csrf())
                .with(r -> { r.setRemoteAddr(ip()); return r; })).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("شکایتی با این مشخصات پیدا نشد").doesNotContain("تأخیر در تحویل");
    }

    @Test
    void aDoubleClickOrAResubmittedPageMakesOneComplaint() throws Exception {
        String[] challenge = solvedChallenge();
        String address = ip();
        long before = complaints.count();
        var first = mvc.perform(complaint("/complaint", challenge, address).with(csrf())).andReturn();
        var second = mvc.perform(complaint("/complaint", challenge, address).with(csrf())).andReturn();
        assertThat(complaints.count()).isEqualTo(before + 1);
        assertThat(second.getFlashMap().get("trackingCode")).isEqualTo(first.getFlashMap().get("trackingCode"));
    }

    @Test
    void botsAreTurnedAway() throws Exception {
        long before = complaints.count();
        String[] unsolved = {pow.issue(), "0"};
        MockHttpServletResponse noWork = mvc.perform(complaint("/complaint", unsolved, ip()).with(csrf())).andReturn().getResponse();
        if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(unsolved[0] + ":0")) < pow.bits()) {
            assertThat(noWork.getContentAsString()).contains("ارسال تأیید نشد").contains("value=\"تأخیر در تحویل\"");
        }
        MockHttpServletResponse forged = mvc.perform(complaint("/complaint", new String[] {"123.abc.def", "1"}, ip())
                .with(csrf())).andReturn().getResponse();
        assertThat(forged.getContentAsString()).contains("ارسال تأیید نشد");
        mvc.perform(complaint("/complaint", solvedChallenge(), ip()).param("website", "http://spam.example").with(csrf()));
        assertThat(complaints.count()).isEqualTo(before);

        String address = ip();
        int refused = 0;
        for (int i = 0; i < 7; i++) {
            if (mvc.perform(complaint("/complaint", solvedChallenge(), address).with(csrf())).andReturn().getResponse()
                    .getStatus() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void aCustomerWhoCorrectsMistakesIsNotTurnedAwayButAFloodOfSendsIs() throws Exception {
        String address = ip();
        for (int i = 0; i < 7; i++) {   // more than the five complaints an address may send in ten minutes
            // a second phone value spoils the first: the form comes back with an error
            MockHttpServletResponse mistaken = mvc.perform(complaint("/complaint", solvedChallenge(), address)
                    .param("phone", "12" + i).with(csrf())).andReturn().getResponse();
            assertThat(mistaken.getStatus()).isEqualTo(200);
            assertThat(mistaken.getContentAsString()).contains("شماره تلفن معتبر نیست").doesNotContain("شکایت‌های زیادی");
        }
        long before = complaints.count();
        var corrected = mvc.perform(complaint("/complaint", solvedChallenge(), address).with(csrf())).andReturn();
        assertThat(corrected.getResponse().getRedirectedUrl()).isEqualTo("/complaint/done");
        assertThat((String) corrected.getFlashMap().get("trackingCode")).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
        assertThat(complaints.count()).isEqualTo(before + 1);

        int refused = 0;
        for (int i = 0; i < 24; i++) {   // 8 sent, 30 allowed in ten minutes
            MockHttpServletResponse flood = mvc.perform(complaint("/complaint", solvedChallenge(), address)
                    .param("phone", "9").with(csrf())).andReturn().getResponse();
            if (flood.getStatus() == 429) {
                assertThat(flood.getContentAsString()).contains("شکایت‌های زیادی");
                refused++;
            }
        }
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void badInputIsExplainedAndKept() throws Exception {
        MockMultipartHttpServletRequestBuilder request = complaint("/complaint", solvedChallenge(), ip());
        request.file(new MockMultipartFile("files", "virus.pdf", "application/pdf", "MZ not a pdf".getBytes()));
        String page = mvc.perform(request.param("phone", "123").with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("شماره تلفن معتبر نیست").contains("value=\"مریم کاظمی\"")
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        String files = mvc.perform(complaint("/complaint", solvedChallenge(), ip())
                .file(new MockMultipartFile("files", "virus.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(files).contains("فقط فایل PDF، JPEG یا PNG");
    }

    @Test
    void aFileOverTenMegabytesOrASixthFileIsRefusedWithItsOwnMessage() throws Exception {
        byte[] large = java.util.Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);   // a PNG header, then 10 MB of zeros
        String tooLarge = mvc.perform(complaint("/complaint", solvedChallenge(), ip())
                .file(new MockMultipartFile("files", "scan.png", "image/png", large)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLarge).contains("حجم فایل بیش از ۱۰ مگابایت است").contains("value=\"مریم کاظمی\"");

        MockMultipartHttpServletRequestBuilder six = complaint("/complaint", solvedChallenge(), ip());
        for (int i = 0; i < 6; i++) {
            six.file(new MockMultipartFile("files", "photo" + i + ".png", "image/png", PNG));
        }
        MockHttpServletResponse refused = mvc.perform(six.with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("حداکثر ۵ پیوست").contains("value=\"مریم کاظمی\"");
    }

    @Test
    void filesSentWithAFormThatHadErrorsAreAskedForAgain() throws Exception {
        String again = "فایل‌هایی که پیوست کرده بودید به دلیل خطای فرم نگه داشته نشد";
        MockMultipartHttpServletRequestBuilder withFile = complaint("/complaint", solvedChallenge(), ip());
        withFile.file(new MockMultipartFile("files", "photo.png", "image/png", PNG));
        String page = mvc.perform(withFile.param("phone", "123").with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("شماره تلفن معتبر نیست").contains(again).contains("id=\"files-again\"")
                .contains("aria-describedby=\"files-again files-hint\"");

        MockMultipartHttpServletRequestBuilder ceo = complaint("/ceo", solvedChallenge(), ip());
        ceo.file(new MockMultipartFile("files", "photo.png", "image/png", PNG));
        assertThat(mvc.perform(ceo.param("subject", "").param("phone", "1").with(csrf())).andReturn().getResponse()
                .getContentAsString()).contains(again);

        String noFile = mvc.perform(complaint("/complaint", solvedChallenge(), ip()).param("phone", "123").with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(noFile).contains("شماره تلفن معتبر نیست").doesNotContain(again);
        MockMultipartHttpServletRequestBuilder emptyInput = complaint("/complaint", solvedChallenge(), ip());
        emptyInput.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]));
        assertThat(mvc.perform(emptyInput.param("phone", "123").with(csrf())).andReturn().getResponse().getContentAsString())
                .as("an empty file input is no file").doesNotContain(again);
        assertThat(mvc.perform(get("/complaint")).andReturn().getResponse().getContentAsString()).doesNotContain(again);
    }

    @Test
    void theCeoPageIsConfidentialAndGoesToTheCeo() throws Exception {
        if (staff.activeWithRole(Role.CEO).isEmpty()) {
            accounts.create("ceo" + UUID.randomUUID().toString().substring(0, 5), "ceo-password-1",
                    new StaffAccounts.Profile("مدیرعامل", null, null, null, null, EnumSet.of(Role.CEO), true));
        }
        var result = mvc.perform(complaint("/ceo", solvedChallenge(), ip()).with(csrf())).andReturn();
        String code = ((String) result.getFlashMap().get("trackingCode")).replace("-", "");
        Complaint stored = complaints.findByTrackingCode(code).orElseThrow();
        assertThat(stored.getChannel()).isEqualTo(Channel.CEO_PAGE);
        assertThat(stored.isConfidential()).isTrue();
        assertThat(stored.getOwnerId()).isIn(staff.activeWithRole(Role.CEO).stream().map(s -> s.id().value()).toList());
        assertThat(mvc.perform(get("/ceo")).andReturn().getResponse().getContentAsString())
                .contains("ارتباط با مدیرعامل").contains("data-pow-bits");
    }
}
