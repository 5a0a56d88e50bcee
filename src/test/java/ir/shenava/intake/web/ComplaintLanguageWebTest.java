package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static ir.shenava.notifications.Mails.part;
import static ir.shenava.notifications.Mails.to;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import ir.shenava.TestMailServer;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 14 §8: the complainant is written to in the language they used. A complaint sent from the
 * English web form gets an English acknowledgement (subject and body, Gregorian date, Latin digits,
 * no Persian letter), whose link opens the tracking page in English; one from the Persian form a
 * Persian one. The staff's forms for a call or a paper form let them choose the language.
 */
@ShenavaIntegrationTest
class ComplaintLanguageWebTest {

    static final Pattern PERSIAN_LETTER = Pattern.compile("\\p{IsArabic}");

    @Autowired
    MockMvc mvc;
    @Autowired
    ProofOfWork pow;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    CaseTestSupport support;
    @Autowired
    ir.shenava.intake.onsite.OnsiteForms forms;

    @Test
    void aComplaintFromTheEnglishWebFormIsAcknowledgedInEnglish() throws Exception {
        TestMailServer.running();
        String address = "en." + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        // the visitor switched the page to English: the page's cookie remembers it, as in a browser
        Cookie english = mvc.perform(get("/complaint").param("lang", "en")).andReturn().getResponse().getCookie("shenava-lang");
        assertThat(english).isNotNull();
        Complaint complaint = send("/complaint", address, "Sarah Miller", "Late delivery", "The centrifuge arrived two months late.",
                english);
        assertThat(complaint.getLanguage()).isEqualTo(ComplaintLanguage.EN);

        MimeMessage mail = awaitMail(address);
        String code = complaint.getTrackingCode().display();
        assertThat(mail.getSubject()).isEqualTo("We received your complaint — tracking code " + code);
        String html = part(mail, "text/html");
        String text = part(mail, "text/plain");
        String day = complaint.getReceivedAt().atZone(JalaliDate.TEHRAN).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH));
        assertThat(html).contains("lang=\"en\"").contains("dir=\"ltr\"").doesNotContain("dir=\"rtl\"")
                .contains("Your tracking code:").contains(code).contains(day)
                .contains("http://localhost:8080/track?lang=en");
        assertThat(text).contains(code).contains(day).contains("http://localhost:8080/track?lang=en");
        assertThat(PERSIAN_LETTER.matcher(html).find()).as(html).isFalse();
        assertThat(PERSIAN_LETTER.matcher(text).find()).as(text).isFalse();
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Shenava — customer complaints");

        // the mail's link opens the tracking page in English
        String page = new String(mvc.perform(get("/track").param("lang", "en")).andReturn().getResponse()
                .getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("lang=\"en\"").contains("dir=\"ltr\"");
    }

    @Test
    void aComplaintFromThePersianWebFormIsAcknowledgedInPersian() throws Exception {
        TestMailServer.running();
        String address = "fa." + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        Complaint complaint = send("/complaint", address, "مریم کاظمی", "تأخیر در تحویل", "دستگاه دیر رسید.", null);
        assertThat(complaint.getLanguage()).isEqualTo(ComplaintLanguage.FA);

        MimeMessage mail = awaitMail(address);
        assertThat(mail.getSubject()).isEqualTo("شکایت شما دریافت شد — کد رهگیری " + complaint.getTrackingCode().display());
        String html = part(mail, "text/html");
        assertThat(html).contains("lang=\"fa\"").contains("dir=\"rtl\"").contains("کد رهگیری شما")
                .contains(JalaliDate.ofInstant(complaint.getReceivedAt()).toPersianString())
                .contains("http://localhost:8080/track\"").doesNotContain("lang=en");
    }

    @Test
    void theCeoPageInEnglishStoresAnEnglishComplaint() throws Exception {
        Complaint complaint = send("/ceo", null, "John Carter", "Rude engineer", "The engineer was rude on site.",
                new Cookie("shenava-lang", "en"));
        assertThat(complaint.getLanguage()).isEqualTo(ComplaintLanguage.EN);
        assertThat(complaint.isConfidential()).isTrue();
    }

    @Test
    void theStaffChooseTheLanguageOfACallAndAnythingButPersianOrEnglishIsRefused() throws Exception {
        CaseTestSupport.Person taker = support.person(Role.SALES_EXPERT, null);
        assertThat(mvc.perform(get("/complaints/phone").with(taker.auth())).andReturn().getResponse().getContentAsString())
                .contains("name=\"language\"").containsPattern("<option value=\"fa\"[^>]*selected")
                .containsPattern("<option value=\"en\"(?![^>]*selected)");

        String subject = "Phone call " + UUID.randomUUID();
        MockHttpServletResponse logged = call(taker, subject, "en");
        assertThat(logged.getStatus()).isEqualTo(302);
        Complaint complaint = complaints.findById(Long.parseLong(logged.getRedirectedUrl().replaceAll("\\D", ""))).orElseThrow();
        assertThat(complaint.getLanguage()).isEqualTo(ComplaintLanguage.EN);
        // the complaint page tells whoever answers which language the mails speak
        assertThat(mvc.perform(get(logged.getRedirectedUrl()).with(taker.auth())).andReturn().getResponse().getContentAsString())
                .containsPattern("id=\"complaint-language\"[^>]*>انگلیسی<");

        String refusedSubject = "Phone call " + UUID.randomUUID();
        MockHttpServletResponse refused = call(taker, refusedSubject, "de");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("زبان فقط می‌تواند فارسی یا انگلیسی باشد.")
                .contains(refusedSubject);   // nothing typed is lost
        assertThat(complaints.findAll().stream().filter(c -> refusedSubject.equals(c.getSubject()))).isEmpty();

        MockHttpServletResponse persian = call(taker, "Phone call " + UUID.randomUUID(), null);
        assertThat(complaints.findById(Long.parseLong(persian.getRedirectedUrl().replaceAll("\\D", ""))).orElseThrow()
                .getLanguage()).isEqualTo(ComplaintLanguage.FA);
    }

    @Test
    void thePaperFormsEntryOffersTheLanguageAndKeepsTheChoice() throws Exception {
        CaseTestSupport.Person expert = support.person(Role.TECHNICAL_EXPERT, null);
        String label = forms.form(forms.issue(1, expert.id(), "test").firstSerial()).orElseThrow().label();
        assertThat(mvc.perform(get("/intake/onsite/" + label).with(expert.auth())).andReturn().getResponse().getContentAsString())
                .contains("name=\"language\"").containsPattern("<option value=\"fa\"[^>]*selected");
        MockHttpServletResponse entered = mvc.perform(multipart("/intake/onsite/" + label).with(expert.auth()).with(csrf())
                .param("contactName", "Anna Schmidt").param("categoryCode", "INSTALLATION")
                .param("subject", "Cabling unfinished " + UUID.randomUUID()).param("description", "The cabling was not finished.")
                .param("language", "en")).andReturn().getResponse();
        assertThat(entered.getStatus()).as(entered.getContentAsString()).isEqualTo(302);
        assertThat(complaints.findById(Long.parseLong(entered.getRedirectedUrl().replaceAll("\\D", ""))).orElseThrow()
                .getLanguage()).isEqualTo(ComplaintLanguage.EN);
    }

    private MockHttpServletResponse call(CaseTestSupport.Person taker, String subject, String language) throws Exception {
        var request = post("/complaints/phone").with(taker.auth()).with(csrf())
                .param("phone", "0912" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)))
                .param("contactName", "Caller").param("categoryCode", "SALES").param("subject", subject)
                .param("description", "Called about the delivery.");
        if (language != null) {
            request.param("language", language);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The public form sent as a browser does (proof of work solved), with the page's language cookie if any. */
    private Complaint send(String path, String email, String name, String subject, String description, Cookie language)
            throws Exception {
        String challenge = pow.issue();
        int counter = 0;
        while (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge + ":" + counter)) < pow.bits()) {
            counter++;
        }
        String ip = "10.14." + ThreadLocalRandom.current().nextInt(250) + "." + ThreadLocalRandom.current().nextInt(250);
        var request = multipart(path).param("contactName", name).param("email", email == null ? "" : email)
                .param("phone", email == null ? "09123334455" : "").param("categoryCode", "SALES")
                .param("subject", subject + " " + UUID.randomUUID()).param("description", description)
                .param("challenge", challenge).param("counter", String.valueOf(counter));
        request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
        if (language != null) {
            request.cookie(language);
        }
        MvcResult result = mvc.perform(request.with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).isEqualTo("/complaint/done");
        String code = (String) result.getFlashMap().get("trackingCode");
        return complaints.findByTrackingCode(code.replace("-", "")).orElseThrow();
    }

    static MimeMessage awaitMail(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() == 1);
        return to(address).get(0);
    }
}
