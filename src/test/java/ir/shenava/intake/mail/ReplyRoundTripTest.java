package ir.shenava.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The acknowledgement asks the customer to reply to it: the reply must reach the complaints mailbox
 * the complaint came through and join that complaint — sent and fetched through the real SMTP and
 * IMAP of the test mail server.
 */
@ShenavaIntegrationTest
class ReplyRoundTripTest {

    @Autowired
    MailboxFetcher fetcher;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCustomerRepliesToTheAcknowledgementAndTheReplyJoinsTheComplaint() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String boxAddress = "complaints" + unique + "@shenava.test";
        String customer = "customer." + unique + "@customer.example";
        GreenMailUser inbox = TestMailServer.running().setUser(boxAddress, "rt" + unique, "secret-" + unique);
        Mailbox mailbox = mailboxes.add(new Mailbox.Settings("پاسخ " + unique, TestMailServer.HOST, TestMailServer.IMAP_PORT,
                false, "rt" + unique, "secret-" + unique, "INBOX", null, boxAddress));
        MimeMessage first = MailChannelTest.mail(customer, "سانتریفیوژ صدا می‌دهد", "دستگاه هنگام کار صدای زیادی دارد.");
        inbox.deliver(first);
        assertThat(fetcher.fetch(mailbox.getId()).registered()).isEqualTo(1);
        Complaint complaint = complaints.findBySubmissionKey("mail:" + mailbox.getId() + ":" + first.getMessageID()).orElseThrow();

        await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(customer).size() == 1);
        MimeMessage acknowledgement = receivedBy(customer).get(0);
        assertThat(((InternetAddress) acknowledgement.getFrom()[0]).getAddress()).startsWith("no-reply@");
        assertThat(acknowledgement.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly(boxAddress);
        assertThat(text(acknowledgement)).contains("به همین ایمیل پاسخ دهید");

        // the customer presses "reply" in their mail program: To is the Reply-To, In-Reply-To the acknowledgement
        MimeMessage reply = (MimeMessage) acknowledgement.reply(false);
        reply.setFrom(new InternetAddress(customer));
        reply.setText("عکس دستگاه را پیوست کردم؛ صدا از موتور است.", "UTF-8");
        reply.saveChanges();
        assertThat(reply.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(boxAddress);
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", TestMailServer.HOST);
        smtp.put("mail.smtp.port", String.valueOf(TestMailServer.SMTP_PORT));
        try (Transport transport = Session.getInstance(smtp).getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(reply, reply.getAllRecipients());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesIn(boxAddress).size() == 1);
        long before = complaints.count();

        MailboxFetcher.FetchOutcome outcome = fetcher.fetch(mailbox.getId());

        assertThat(outcome.appended()).isEqualTo(1);
        assertThat(outcome.registered()).isZero();
        assertThat(jdbc.queryForList("select body from complaint_message where complaint_id = ? and direction = 'IN'",
                String.class, complaint.getId())).containsExactly("عکس دستگاه را پیوست کردم؛ صدا از موتور است.");
        assertThat(complaints.count()).isGreaterThanOrEqualTo(before);
        assertThat(complaints.findAll().stream().filter(c -> customer.equals(c.getContactEmail())).count()).isEqualTo(1);
    }

    private static List<MimeMessage> receivedBy(String address) {
        return messagesIn(address);
    }

    /** Every text part of a message, decoded. */
    static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        StringBuilder all = new StringBuilder();
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(text(parts.getBodyPart(i))).append('\n');
            }
        }
        return all.toString();
    }

    private static List<MimeMessage> messagesIn(String address) {
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
