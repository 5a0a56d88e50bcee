package ir.shenava.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import jakarta.mail.internet.MimeMessage;
import ir.shenava.shared.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

@ShenavaIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AcknowledgementMailTest {

    @Autowired
    ComplaintIntake intake;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcTemplate jdbc;

    private Complaint register(String email) {
        return intake.register(Channel.WEB_FORM, new Submission("مینا صالحی", null, null, email, "SALES", null, null,
                "تأخیر در تحویل", "دستگاه دیر رسید.", null, null, null, null), List.of());
    }

    @Test
    void theComplainantGetsAPersianAcknowledgementWithTheTrackingCode() throws Exception {
        TestMailServer.running();
        String address = "ack." + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        Complaint complaint = register(address);
        String code = complaint.getTrackingCode().display();

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(address).size() == 1);
        MimeMessage mail = Mails.to(address).get(0);
        assertThat(mail.getSubject()).isEqualTo("شکایت شما دریافت شد — کد رهگیری " + code);
        assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        assertThat(mail.getMessageID()).startsWith("<ack." + complaint.getTrackingCode().value() + "." + complaint.getId() + "@");
        String body = GreenMailUtil.getBody(mail);
        String html = Mails.part(mail, "text/html");
        assertThat(html).contains("dir=\"rtl\"").contains(code).contains("Vazirmatn").contains("http://localhost:8080/track")
                .contains("کد رهگیری شما");
        assertThat(Mails.part(mail, "text/plain")).contains(code);
        assertThat(body).isNotBlank();
        await().atMost(Duration.ofSeconds(5)).until(() -> Mails.unfinished(jdbc, "Acknowledgement", complaint.getTrackingCode().value()) == 0);
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostAndTheMailGoesOnceItIsBack() throws Exception {
        TestMailServer.stop();
        String address = "down." + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        Complaint complaint;
        try {
            complaint = register(address);
            await().atMost(Duration.ofSeconds(20)).until(() -> Mails.failed(jdbc, "Acknowledgement", complaint.getTrackingCode().value()));
            assertThat(Mails.unfinished(jdbc, "Acknowledgement", complaint.getTrackingCode().value())).isEqualTo(1);
        } finally {
            TestMailServer.running();
        }
        assertThat(Mails.to(address)).isEmpty();

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof ComplaintRegistered e
                && e.complaintId() == complaint.getId());

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(address).size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> Mails.unfinished(jdbc, "Acknowledgement", complaint.getTrackingCode().value()) == 0);
        Thread.sleep(500);
        assertThat(Mails.to(address)).hasSize(1);
        assertThat(Mails.to(address).get(0).getSubject()).contains(complaint.getTrackingCode().display());
    }

    @Test
    void whenOnlyAPhoneIsKnownAShortSmsGoesOut(CapturedOutput output) {
        Complaint complaint = intake.register(Channel.WEB_FORM, new Submission("حسن مرادی", null,
                PhoneNumber.tryParse("0912" + (1000000 + (int) (Math.random() * 8999999))).orElseThrow(), null, "SALES",
                null, null, "قطعه نرسید", "قطعه یدکی هنوز نرسیده است.", null, null, null, null), List.of());

        await().atMost(Duration.ofSeconds(15)).until(() -> output.getAll().contains(complaint.getContactPhone())
                && output.getAll().contains(complaint.getTrackingCode().display()));
        assertThat(output.getAll()).contains("کد رهگیری: " + complaint.getTrackingCode().display());
        await().atMost(Duration.ofSeconds(5)).until(() -> Mails.unfinished(jdbc, "Acknowledgement", complaint.getTrackingCode().value()) == 0);
    }
}
