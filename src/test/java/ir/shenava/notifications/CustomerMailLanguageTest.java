package ir.shenava.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.cases.CaseClosed;
import ir.shenava.cases.ResponseCommunicated;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14 §8: every later mail and SMS to an English-speaking complainant is English too — our
 * response with the confirmation request, the closure with its one-click ratings — with the date as
 * the English pages write it, Latin digits, a left-to-right frame, and links that open the pages in
 * English. A Persian complainant's closure stays Persian.
 */
@ShenavaIntegrationTest
class CustomerMailLanguageTest {

    private static final Instant AT = Instant.parse("2025-03-21T08:00:00Z"); // 1 Farvardin 1404
    private static final Pattern PERSIAN_LETTER = Pattern.compile("\\p{IsArabic}");

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private Complaint register(String email, PhoneNumber phone, ComplaintLanguage language) {
        return intake.register(Channel.WEB_FORM, new Submission("Sarah Miller", null, phone, email, "SALES", null, null,
                "Late delivery", "The unit arrived late.", null, null, null, null).in(language), List.of());
    }

    private static String address() {
        return "lang." + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    private void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    @Test
    void theResponseAndItsConfirmationRequestAreEnglishForAnEnglishComplainant() throws Exception {
        TestMailServer.running();
        String address = address();
        Complaint complaint = register(address, null, ComplaintLanguage.EN);
        String code = complaint.getTrackingCode().display();

        publish(new ResponseCommunicated(complaint.getId(), complaint.getTrackingCode().value(),
                "A replacement unit will be delivered tomorrow.", true, AT));

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(address, "response").size() == 1);
        MimeMessage mail = Mails.to(address, "response").get(0);
        assertThat(mail.getSubject()).isEqualTo("Our response to your complaint — tracking code " + code);
        String html = Mails.part(mail, "text/html");
        String text = Mails.part(mail, "text/plain");
        assertThat(html).contains("dir=\"ltr\"").contains("Dear Sarah Miller,").contains("Mar 21, 2025")
                .contains("Satisfied or not satisfied").contains("border-left:")
                .contains("/track/confirm?complaint=" + complaint.getId() + "&amp;token=").contains("&amp;lang=en\"");
        assertThat(text).contains("Mar 21, 2025").containsPattern("/track/confirm\\?complaint=" + complaint.getId() + "&token=\\S+&lang=en");
        assertThat(PERSIAN_LETTER.matcher(html + text).find()).as(html).isFalse();
    }

    @Test
    void theClosingMailAndItsRatingsAreEnglishAndTheirLinksOpenTheRatingPageInEnglish() throws Exception {
        TestMailServer.running();
        String address = address();
        Complaint complaint = register(address, null, ComplaintLanguage.EN);
        String code = complaint.getTrackingCode().display();

        publish(new CaseClosed(complaint.getId(), complaint.getTrackingCode().value(), Boolean.TRUE, null, AT));

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(address, "resolved").size() == 1);
        MimeMessage mail = Mails.to(address, "resolved").get(0);
        assertThat(mail.getSubject()).isEqualTo("Your complaint has been resolved — tracking code " + code);
        String html = Mails.part(mail, "text/html");
        assertThat(html).contains("dir=\"ltr\"").contains("Mar 21, 2025").contains("1 — Very dissatisfied")
                .contains("3 — Neutral").contains("5 — Very satisfied");
        for (int rating = 1; rating <= 5; rating++) {
            assertThat(html).containsPattern("href=\"http://localhost:8080/track/rate\\?complaint=" + complaint.getId()
                    + "&amp;rating=" + rating + "&amp;token=[^\"&]+&amp;lang=en\"");
        }
        assertThat(PERSIAN_LETTER.matcher(html + Mails.part(mail, "text/plain")).find()).isFalse();

        // the page a rating link lands on speaks English
        java.util.regex.Matcher link = Pattern.compile("href=\"http://localhost:8080(/track/rate\\?[^\"]+)\"").matcher(html);
        assertThat(link.find()).isTrue();
        String landing = new String(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(java.net.URI.create(link.group(1).replace("&amp;", "&")))).andReturn().getResponse().getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(landing).contains("lang=\"en\"").contains("dir=\"ltr\"");
        // (but for the switch to Persian, which names Persian in Persian)
        assertThat(PERSIAN_LETTER.matcher(landing.replaceAll("<a[^>]*lang=\"fa\">فارسی</a>", "")).find()).as(landing).isFalse();
    }

    @Test
    void aPersianComplainantsClosingMailStaysPersian() throws Exception {
        TestMailServer.running();
        String address = address();
        Complaint complaint = register(address, null, ComplaintLanguage.FA);

        publish(new CaseClosed(complaint.getId(), complaint.getTrackingCode().value(), Boolean.TRUE, null, AT));

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(address, "پایان یافت").size() == 1);
        String html = Mails.part(Mails.to(address, "پایان یافت").get(0), "text/html");
        assertThat(html).contains("dir=\"rtl\"").contains("۱ فروردین ۱۴۰۴").contains("۱ — بسیار ناراضی")
                .doesNotContain("lang=en").doesNotContain("Mar 21, 2025");
    }

    @Test
    void anEnglishComplainantWithOnlyAPhoneGetsEnglishTextMessages() {
        PhoneNumber phone = PhoneNumber.tryParse("0912" + String.format("%07d",
                java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000))).orElseThrow();
        Complaint complaint = register(null, phone, ComplaintLanguage.EN);
        String code = complaint.getTrackingCode().display();

        publish(new CaseClosed(complaint.getId(), complaint.getTrackingCode().value(), null, null, AT));

        await().atMost(Duration.ofSeconds(15)).until(() -> sms(complaint.getId()).stream().anyMatch(t -> t.contains("is resolved")));
        assertThat(sms(complaint.getId())).anySatisfy(t -> assertThat(t).startsWith("Your complaint is registered. Tracking code: " + code))
                .anySatisfy(t -> assertThat(t).startsWith("Complaint " + code + " is resolved.").contains("/track?lang=en"))
                .allSatisfy(t -> assertThat(PERSIAN_LETTER.matcher(t).find()).as(t).isFalse());
    }

    private List<String> sms(long complaintId) {
        return jdbc.queryForList("select text from sms_message where complaint_id = ?", String.class, complaintId);
    }
}
