package ir.shenava.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.intake.RefusedAttachments;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintFile;
import ir.shenava.intake.internal.ComplaintRepository;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An attachment the channel does not keep is named on the complaint page and in the acknowledgement. */
@ShenavaIntegrationTest
class RefusedAttachmentTest {

    @Autowired
    MailboxFetcher fetcher;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    RefusedAttachments refused;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aDocxAndAnOversizedFileAreRecordedShownAndNamedInTheAcknowledgement() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String customer = "files." + unique + "@customer.example";
        GreenMailUser inbox = TestMailServer.running().setUser("rf" + unique + "@shenava.test", "rf" + unique, "secret-" + unique);
        Mailbox mailbox = mailboxes.add(new Mailbox.Settings("پیوست " + unique, TestMailServer.HOST, TestMailServer.IMAP_PORT,
                false, "rf" + unique, "secret-" + unique, "INBOX", null, "rf" + unique + "@shenava.test"));
        byte[] big = new byte[(int) ComplaintFile.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'x');
        MimeMessage message = MailChannelTest.mail(customer, "گزارش خرابی", "گزارش و فیلم پیوست است.",
                MailChannelTest.file("گزارش.pdf", "application/pdf", MailChannelTest.PDF),
                MailChannelTest.file("گزارش کامل.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}),
                MailChannelTest.file("فیلم.mp4", "video/mp4", big));
        inbox.deliver(message);

        assertThat(fetcher.fetch(mailbox.getId()).registered()).isEqualTo(1);

        Complaint complaint = complaints.findBySubmissionKey("mail:" + mailbox.getId() + ":" + message.getMessageID()).orElseThrow();
        assertThat(jdbc.queryForList("select file_name from complaint_attachment where complaint_id = ?", String.class,
                complaint.getId())).containsExactly("گزارش.pdf");
        assertThat(refused.of(complaint.getId())).containsExactly(
                new RefusedAttachments.Refused("گزارش کامل.docx", 8, "upload.type"),
                new RefusedAttachments.Refused("فیلم.mp4", big.length, "upload.tooLarge"));

        String page = mvc.perform(get("/complaints/{id}", complaint.getId()).with(user("refused-ceo").roles("CEO")))
                .andReturn().getResponse().getContentAsString();
        String box = page.substring(page.indexOf("id=\"refused-files\""));
        box = box.substring(0, box.indexOf("</div>"));
        assertThat(box).contains("این پیوست‌ها پذیرفته و نگه داشته نشدند").contains("گزارش کامل.docx")
                .contains("نوع فایل پذیرفته نیست").contains("فیلم.mp4").contains("بزرگ‌تر از ۱۰ مگابایت است")
                .contains("«فیلم.mp4» (۱۰۲۴۱ کیلوبایت): بزرگ‌تر از ۱۰ مگابایت است").doesNotContain("گزارش.pdf");

        await().atMost(Duration.ofSeconds(20)).until(() -> acknowledgements(customer).size() == 1);
        String mail = ReplyRoundTripTest.text(acknowledgements(customer).get(0));
        assertThat(mail).contains("این پیوست‌ها پذیرفته و نگه داشته نشدند").contains("گزارش کامل.docx")
                .contains("فیلم.mp4").contains("نوع فایل پذیرفته نیست").contains("در پاسخ به همین ایمیل بفرستید");
        mailboxes.setActive(mailbox.getId(), false);
    }

    private static List<MimeMessage> acknowledgements(String address) {
        return TestMailServer.running().findReceivedMessages(u -> true, m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO) != null
                        && ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
