package ir.shenava.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.user.GreenMailUser;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 §8: a complaint that came by email is answered in the language it was written in — an
 * English mail gets an English acknowledgement, a Persian one a Persian acknowledgement — fetched
 * and sent through the test mail server's real IMAP and SMTP.
 */
@ShenavaIntegrationTest
class MailLanguageTest {

    private static final Pattern PERSIAN_LETTER = Pattern.compile("\\p{IsArabic}");

    @Autowired
    MailboxFetcher fetcher;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    ComplaintRepository complaints;

    @Test
    void anEnglishMailGetsAnEnglishAcknowledgementAndAPersianOneAPersianAcknowledgement() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String boxAddress = "lang" + unique + "@shenava.test";
        String english = "john." + unique + "@customer.example";
        String persian = "reza." + unique + "@customer.example";
        GreenMailUser inbox = TestMailServer.running().setUser(boxAddress, "lang" + unique, "secret-" + unique);
        Mailbox mailbox = mailboxes.add(new Mailbox.Settings("زبان " + unique, TestMailServer.HOST, TestMailServer.IMAP_PORT,
                false, "lang" + unique, "secret-" + unique, "INBOX", null, boxAddress));
        MimeMessage fromJohn = MailChannelTest.mail(english, "Centrifuge noise",
                "Hello,\nthe centrifuge we bought in May makes a loud noise when it runs. Please send an engineer.\nJohn");
        MimeMessage fromReza = MailChannelTest.mail(persian, "سانتریفیوژ صدا می‌دهد", "دستگاه هنگام کار صدای زیادی دارد.");
        inbox.deliver(fromJohn);
        inbox.deliver(fromReza);
        assertThat(fetcher.fetch(mailbox.getId()).registered()).isEqualTo(2);

        Complaint johns = complaints.findBySubmissionKey("mail:" + mailbox.getId() + ":" + fromJohn.getMessageID()).orElseThrow();
        Complaint rezas = complaints.findBySubmissionKey("mail:" + mailbox.getId() + ":" + fromReza.getMessageID()).orElseThrow();
        assertThat(johns.getLanguage()).isEqualTo(ComplaintLanguage.EN);
        assertThat(rezas.getLanguage()).isEqualTo(ComplaintLanguage.FA);

        await().atMost(Duration.ofSeconds(20)).until(() -> to(english).size() == 1 && to(persian).size() == 1);
        MimeMessage toJohn = to(english).get(0);
        assertThat(toJohn.getSubject()).isEqualTo("We received your complaint — tracking code " + johns.getTrackingCode().display());
        String johnsText = ReplyRoundTripTest.text(toJohn);
        assertThat(johnsText).contains("reply to this email").contains("?lang=en").contains("dir=\"ltr\"");
        assertThat(PERSIAN_LETTER.matcher(johnsText).find()).as(johnsText).isFalse();

        MimeMessage toReza = to(persian).get(0);
        assertThat(toReza.getSubject()).isEqualTo("شکایت شما دریافت شد — کد رهگیری " + rezas.getTrackingCode().display());
        assertThat(ReplyRoundTripTest.text(toReza)).contains("به همین ایمیل پاسخ دهید").contains("dir=\"rtl\"");
    }

    private static List<MimeMessage> to(String address) {
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
