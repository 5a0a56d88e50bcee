package ir.shenava.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.Customer;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffAccounts;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ShenavaIntegrationTest
class MailChannelTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Session SESSION = Session.getInstance(new Properties());

    @Autowired
    MailboxFetcher fetcher;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    GreenMailUser inbox;
    Mailbox mailbox;
    String unique;

    @BeforeEach
    void aMailboxOfItsOwn() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        inbox = TestMailServer.running().setUser("box" + unique + "@shenava.test", "box" + unique, "secret-" + unique);
        mailbox = mailbox(null);
    }

    private Mailbox mailbox(Long owner) {
        return mailboxes.add(new Mailbox.Settings("صندوق " + unique + (owner == null ? "" : "-" + owner), TestMailServer.HOST,
                TestMailServer.IMAP_PORT, false, "box" + unique, "secret-" + unique, "INBOX", owner));
    }

    static MimeMessage mail(String from, String subject, String text, MimeBodyPart... attachments) throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        if (from != null) {
            message.setFrom(new InternetAddress(from));
        }
        message.setRecipients(Message.RecipientType.TO, "complaints@shenava.test");
        message.setSubject(subject, "UTF-8");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        parts.addBodyPart(body);
        for (MimeBodyPart attachment : attachments) {
            parts.addBodyPart(attachment);
        }
        message.setContent(parts);
        message.saveChanges();
        return message;
    }

    static MimeBodyPart file(String name, String type, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private Complaint complaintOf(Mailbox box, MimeMessage message) throws Exception {
        return complaints.findBySubmissionKey("mail:" + box.getId() + ":" + message.getMessageID()).orElseThrow();
    }

    @Test
    void aNewMessageBecomesAnEmailComplaintFromAKnownContactWithItsPdf() throws Exception {
        Customer customer = customers.create(new CustomerRegistry.CustomerData(null, "بیمارستان " + unique,
                CustomerKind.HOSPITAL, "تهران", "تهران", null, null, null));
        String address = "nasrin." + unique + "@hospital.example";
        Contact contact = customers.saveContact(customer.getId(), null,
                new CustomerRegistry.ContactData("نسرین رحیمی", "مدیر تجهیزات", null, null, address));
        MimeMessage message = mail("\"Nasrin\" <" + address + ">", "دستگاه سونوگرافی روشن نمی‌شود",
                "سلام، دستگاه از دیروز روشن نمی‌شود.",
                file("گزارش.pdf", "application/pdf", PDF), file("notes.docx", "application/octet-stream", new byte[] {'P', 'K', 3, 4}));
        inbox.deliver(message);

        MailboxFetcher.FetchOutcome outcome = fetcher.fetch(mailbox.getId());

        assertThat(outcome.error()).isNull();
        assertThat(outcome.registered()).isEqualTo(1);
        Complaint complaint = complaintOf(mailbox, message);
        assertThat(complaint.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(complaint.getContactEmail()).isEqualTo(address);
        assertThat(complaint.getContactId()).isEqualTo(contact.getId());
        assertThat(complaint.getCustomerId()).isEqualTo(customer.getId());
        assertThat(complaint.getSubject()).isEqualTo("دستگاه سونوگرافی روشن نمی‌شود");
        assertThat(complaint.getDescription()).contains("از دیروز روشن نمی‌شود");
        assertThat(complaint.getSourceRef()).isEqualTo(message.getMessageID());
        assertThat(complaint.getReceivedBy()).isNull();
        assertThat(jdbc.queryForList("select file_name from complaint_attachment where complaint_id = ?", String.class,
                complaint.getId())).containsExactly("گزارش.pdf");
        assertThat(jdbc.queryForObject("select attachments_skipped from mail_message_seen where mailbox_id = ? and message_id = ?",
                Integer.class, mailbox.getId(), message.getMessageID())).isEqualTo(1);

        Mailbox health = mailboxes.find(mailbox.getId()).orElseThrow();
        assertThat(health.getLastSuccessAt()).isNotNull();
        assertThat(health.getMessagesTaken()).isEqualTo(1);
        assertThat(health.isFailing()).isFalse();
    }

    @Test
    void theSameMessageFetchedTwiceIsOneComplaint() throws Exception {
        MimeMessage message = mail("twice." + unique + "@customer.example", "فاکتور اشتباه", "مبلغ فاکتور اشتباه است.");
        inbox.deliver(message);
        inbox.deliver(message);
        long before = complaints.count();

        MailboxFetcher.FetchOutcome first = fetcher.fetch(mailbox.getId());
        MailboxFetcher.FetchOutcome again = fetcher.fetch(mailbox.getId());

        assertThat(first.registered()).isEqualTo(1);
        assertThat(first.alreadyTaken()).isEqualTo(1);
        assertThat(again.registered() + again.alreadyTaken() + again.setAside()).isZero();
        assertThat(complaints.count()).isEqualTo(before + 1);
        assertThat(mailboxes.find(mailbox.getId()).orElseThrow().getMessagesTaken()).isEqualTo(1);
    }

    @Test
    void aReplyQuotingTheTrackingCodeJoinsThatComplaint() throws Exception {
        String customer = "reply." + unique + "@customer.example";
        MimeMessage first = mail(customer, "نصب ناقص", "نصب کامل نشده است.");
        inbox.deliver(first);
        fetcher.fetch(mailbox.getId());
        Complaint complaint = complaintOf(mailbox, first);
        long before = complaints.count();

        inbox.deliver(mail(customer, "Re: شکایت شما دریافت شد — کد رهگیری " + complaint.getTrackingCode().display(),
                "عکس‌های محل نصب را هم فرستادم."));
        inbox.deliver(mail(customer, "پیگیری [" + complaint.getTrackingCode().value().toLowerCase() + "]", "خبری نشد؟"));
        MimeMessage subjectChanged = mail(customer, "یک نکته دیگر", "شماره سریال را اشتباه نوشته بودم.");
        subjectChanged.setHeader("In-Reply-To", "<ack." + complaint.getTrackingCode().value() + "." + complaint.getId()
                + "@shenava.local>");
        subjectChanged.saveChanges();
        inbox.deliver(subjectChanged);
        MailboxFetcher.FetchOutcome outcome = fetcher.fetch(mailbox.getId());

        assertThat(outcome.appended()).isEqualTo(3);
        assertThat(outcome.registered()).isZero();
        assertThat(complaints.count()).isEqualTo(before);
        assertThat(jdbc.queryForList("select body from complaint_message where complaint_id = ? and direction = 'IN' order by id",
                String.class, complaint.getId())).containsExactly("عکس‌های محل نصب را هم فرستادم.", "خبری نشد؟",
                "شماره سریال را اشتباه نوشته بودم.");
    }

    @Test
    void aReplyIsSpelledAsTheDescriptionIs() throws Exception {
        String customer = "tanwin." + unique + "@customer.example";
        MimeMessage first = mail(customer, "لطفاً پيگيري كنيد", "لطفاً دستگاه را فوراً بررسي كنيد.");
        inbox.deliver(first);
        fetcher.fetch(mailbox.getId());
        Complaint complaint = complaintOf(mailbox, first);
        inbox.deliver(mail(customer, "Re: لطفاً [" + complaint.getTrackingCode().value() + "]", "لطفاً   زودتر\r\nپاسخ دهيد."));

        assertThat(fetcher.fetch(mailbox.getId()).appended()).isEqualTo(1);

        assertThat(complaint.getDescription()).isEqualTo("لطفا دستگاه را فورا بررسی کنید.");
        assertThat(jdbc.queryForMap("select subject, body from complaint_message where complaint_id = ? and direction = 'IN'",
                complaint.getId())).containsEntry("body", "لطفا زودتر\nپاسخ دهید.")
                .containsEntry("subject", "Re: لطفا [" + complaint.getTrackingCode().value() + "]");
    }

    @Test
    void aMessageAManagerForwardedIsFromTheOriginalCustomer() throws Exception {
        Staff manager = accounts.create("mgr" + unique, "manager-pass-1", new StaffAccounts.Profile("مدیر فروش " + unique,
                "manager." + unique + "@shenava.test", null, null, null, EnumSet.of(Role.MANAGER), true));
        Mailbox own = mailbox(manager.getId());
        String original = "reza." + unique + "@customer.example";
        MimeMessage inline = mail("manager." + unique + "@shenava.test", "Fwd: خرابی دستگاه آزمایشگاه", """
                لطفاً پیگیری شود.

                ---------- Forwarded message ---------
                From: رضا احمدی <%s>
                Date: Sat, 6 Dec 2025 at 10:12
                Subject: خرابی دستگاه آزمایشگاه
                To: <manager.%s@shenava.test>

                دستگاه دو روز است کار نمی‌کند.
                """.formatted(original, unique));
        inbox.deliver(inline);

        MimeMessage customerMail = mail("\"Sara Karimi\" <sara." + unique + "@customer.example>", "پشتیبانی پاسخ نمی‌دهد",
                "سه بار تماس گرفتم.");
        MimeBodyPart attached = new MimeBodyPart();
        attached.setContent(customerMail, "message/rfc822");
        inbox.deliver(mail("manager." + unique + "@shenava.test", "ارسال مجدد: پشتیبانی پاسخ نمی‌دهد",
                "برای رسیدگی.", attached));

        MailboxFetcher.FetchOutcome outcome = fetcher.fetch(own.getId());

        assertThat(outcome.registered()).isEqualTo(2);
        Complaint fromInline = complaintOf(own, inline);
        assertThat(fromInline.getContactEmail()).isEqualTo(original);
        assertThat(fromInline.getContactName()).isEqualTo("رضا احمدی");
        assertThat(fromInline.getSubject()).isEqualTo("خرابی دستگاه آزمایشگاه");
        assertThat(fromInline.getReceivedBy()).isEqualTo(manager.getId());
        assertThat(fromInline.getDescription()).contains("دو روز است کار نمی‌کند");
        Complaint fromAttached = complaints.findAll().stream()
                .filter(c -> ("sara." + unique + "@customer.example").equals(c.getContactEmail())).findFirst().orElseThrow();
        assertThat(fromAttached.getContactName()).isEqualTo("Sara Karimi");
        assertThat(fromAttached.getReceivedBy()).isEqualTo(manager.getId());
        assertThat(fromAttached.getDescription()).contains("سه بار تماس گرفتم");
    }

    @Test
    void aMalformedMessageIsSetAsideAndTheNextIsStillTaken() throws Exception {
        MimeMessage noSender = mail(null, "بدون فرستنده", "کسی این را نفرستاده.");
        inbox.deliver(noSender);
        MimeMessage automatic = mail("auto." + unique + "@customer.example", "Out of office", "I am away.");
        automatic.setHeader("Auto-Submitted", "auto-replied");
        automatic.saveChanges();
        inbox.deliver(automatic);
        MimeMessage good = mail("good." + unique + "@customer.example", "آموزش کافی نبود", "اپراتورها آموزش کامل ندیدند.");
        inbox.deliver(good);

        MailboxFetcher.FetchOutcome outcome = fetcher.fetch(mailbox.getId());

        assertThat(outcome.setAside()).isEqualTo(2);
        assertThat(outcome.registered()).isEqualTo(1);
        assertThat(complaintOf(mailbox, good).getChannel()).isEqualTo(Channel.EMAIL);
        List<SetAsideMessage> setAside = mailboxes.setAside(100).stream().filter(r -> r.mailboxId() == mailbox.getId()).toList();
        assertThat(setAside).extracting(SetAsideMessage::reason)
                .containsExactlyInAnyOrder("mail.rejected.noSender", "mail.rejected.automatic");
        assertThat(fetcher.fetch(mailbox.getId()).setAside()).isZero();
    }

    @Test
    void aMailboxThatCannotBeReachedRecordsTheErrorAndTheJobGoesOn() {
        Mailbox unreachable = mailboxes.add(new Mailbox.Settings("بسته " + unique, "127.0.0.1", 1, false, "nobody",
                "wrong", "INBOX", null));

        MailboxFetcher.FetchOutcome outcome = fetcher.fetch(unreachable.getId());
        fetcher.fetchActive();

        assertThat(outcome.error()).isNotBlank();
        Mailbox health = mailboxes.find(unreachable.getId()).orElseThrow();
        assertThat(health.getLastErrorAt()).isNotNull();
        assertThat(health.getLastError()).isNotBlank();
        assertThat(health.isFailing()).isTrue();
        mailboxes.setActive(unreachable.getId(), false);
    }
}
