package ir.shenava.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.cases.CaseClosed;
import ir.shenava.cases.ResponseCommunicated;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complainant hears of our response (with the link to confirm satisfaction) and of the closure
 * (with one-click ratings): Persian RTL mail with a Jalali date and the tracking code in the
 * subject, following the acknowledgement; a short SMS when only a phone is known; nothing lost while
 * the mail server is down.
 */
@ShenavaIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CustomerMailsTest {

    private static final Instant AT = Instant.parse("2025-03-21T08:00:00Z"); // 1 Farvardin 1404

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    MessageSource messages;

    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    private Complaint register(String email, PhoneNumber phone) {
        return intake.register(Channel.WEB_FORM, new Submission("مینا صالحی", null, phone, email, "SALES", null, null,
                "تأخیر در تحویل", "دستگاه دیر رسید.", null, null, null, null), List.of());
    }

    private static String address() {
        return "customer." + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    private void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    @Test
    void theResponseIsMailedWithTheLinkToConfirmSatisfaction() throws Exception {
        TestMailServer.running();
        String address = address();
        Complaint complaint = register(address, null);
        String code = complaint.getTrackingCode().display();

        publish(new ResponseCommunicated(complaint.getId(), complaint.getTrackingCode().value(),
                "دستگاه جایگزین فردا تحویل می‌شود و هزینه ارسال با ماست.", true, AT));

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(address, "پاسخ").size() == 1);
        MimeMessage mail = Mails.to(address, "پاسخ").get(0);
        assertThat(mail.getSubject()).isEqualTo("پاسخ به شکایت شما — کد رهگیری " + code);
        assertThat(mail.getHeader("References")[0])
                .startsWith("<ack." + complaint.getTrackingCode().value() + "." + complaint.getId() + "@");
        assertThat(Mails.part(mail, "text/html")).contains("dir=\"rtl\"").contains("مینا صالحی گرامی")
                .contains("دستگاه جایگزین فردا تحویل می‌شود").contains("۱ فروردین ۱۴۰۴").contains(code)
                .contains("اعلام رضایت یا نارضایتی")
                .contains("href=\"http://localhost:8080/track/confirm?complaint=" + complaint.getId() + "&amp;token=");
        assertThat(Mails.part(mail, "text/plain")).contains("دستگاه جایگزین")
                .contains("http://localhost:8080/track/confirm?complaint=" + complaint.getId() + "&token=");
    }

    @Test
    void aResponseWithoutAConfirmationRequestOnlyPointsToTheTrackingPage() throws Exception {
        TestMailServer.running();
        String address = address();
        Complaint complaint = register(address, null);

        publish(new ResponseCommunicated(complaint.getId(), complaint.getTrackingCode().value(), "پاسخ کوتاه", false, AT));

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(address, "پاسخ").size() == 1);
        assertThat(Mails.part(Mails.to(address, "پاسخ").get(0), "text/html")).contains("پاسخ کوتاه")
                .doesNotContain("اعلام رضایت یا نارضایتی").contains("پیگیری شکایت");
    }

    @Test
    void theClosingMailThanksAndOffersFiveOneClickRatings() throws Exception {
        TestMailServer.running();
        String address = address();
        Complaint complaint = register(address, null);
        String code = complaint.getTrackingCode().display();

        publish(new CaseClosed(complaint.getId(), complaint.getTrackingCode().value(), Boolean.TRUE, null, AT));

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(address, "پایان یافت").size() == 1);
        MimeMessage mail = Mails.to(address, "پایان یافت").get(0);
        assertThat(mail.getSubject()).isEqualTo("رسیدگی به شکایت شما پایان یافت — کد رهگیری " + code);
        String html = Mails.part(mail, "text/html");
        assertThat(html).contains("dir=\"rtl\"").contains("سپاسگزاریم").contains("۱ فروردین ۱۴۰۴").contains(code)
                .contains("۱ — بسیار ناراضی").contains("۵ — بسیار راضی");
        // the rating page's labels (its radio buttons: track.rate.option with satisfaction.N), not a second set
        for (int rating = 1; rating <= 5; rating++) {
            String pageLabel = messages.getMessage("track.rate.option", new Object[] {
                    PersianText.persianDigits(String.valueOf(rating)),
                    messages.getMessage("satisfaction." + rating, null, PERSIAN)}, PERSIAN);
            assertThat(html).contains(pageLabel);
        }
        assertThat(html).contains("۳ — " + messages.getMessage("satisfaction.3", null, PERSIAN)).doesNotContain("متوسط");
        assertThat(messages.getMessage("mail.closure.rating.3", null, null, PERSIAN)).isNull();
        for (int rating = 1; rating <= 5; rating++) {
            assertThat(html).contains("href=\"http://localhost:8080/track/rate?complaint=" + complaint.getId()
                    + "&amp;rating=" + rating + "&amp;token=");
        }
        assertThat(Mails.part(mail, "text/plain"))
                .contains("http://localhost:8080/track/rate?complaint=" + complaint.getId() + "&rating=5&token=");
    }

    @Test
    void withOnlyAPhoneTheComplainantGetsAShortSms(CapturedOutput output) {
        PhoneNumber phone = PhoneNumber.tryParse("0912" + (1000000 + (int) (Math.random() * 8999999))).orElseThrow();
        Complaint complaint = register(null, phone);
        String code = complaint.getTrackingCode().display();

        publish(new CaseClosed(complaint.getId(), complaint.getTrackingCode().value(), null, null, AT));

        await().atMost(Duration.ofSeconds(15)).until(() -> output.getAll().contains("رسیدگی به شکایت " + code + " پایان یافت"));
        assertThat(output.getAll()).contains(complaint.getContactPhone());
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostAndTheMailGoesOnceItIsBack() throws Exception {
        String address = address();
        TestMailServer.stop();
        Complaint complaint = register(address, null);
        String code = complaint.getTrackingCode().value();
        try {
            publish(new CaseClosed(complaint.getId(), code, Boolean.TRUE, null, AT));
            await().atMost(Duration.ofSeconds(20)).until(() -> Mails.failed(jdbc, "CustomerMails", code));
            assertThat(Mails.unfinished(jdbc, "CustomerMails", code)).isEqualTo(1);
        } finally {
            TestMailServer.running();
        }
        assertThat(Mails.to(address)).isEmpty();

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof CaseClosed e && e.caseId() == complaint.getId());

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(address, "پایان یافت").size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> Mails.unfinished(jdbc, "CustomerMails", code) == 0);
        Thread.sleep(500);
        assertThat(Mails.to(address, "پایان یافت")).hasSize(1);
    }
}
