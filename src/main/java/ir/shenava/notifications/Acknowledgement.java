package ir.shenava.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import ir.shenava.intake.ComplaintContacts;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.TrackingCode;
import ir.shenava.shared.JalaliDate;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Tells the complainant that the complaint arrived and how to follow it: a Persian RTL mail with the
 * tracking code (also in the subject, so a reply finds its complaint again), else a short SMS when
 * only a phone is known. A failure to send leaves the event publication incomplete, to be resubmitted.
 */
@Component
class Acknowledgement {

    private static final Logger log = LoggerFactory.getLogger(Acknowledgement.class);
    static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ComplaintContacts contacts;
    private final SmsSender sms;
    private final String mailHost;
    private final String from;
    private final String publicUrl;
    private final AtomicBoolean toldNoMailServer = new AtomicBoolean();

    Acknowledgement(ObjectProvider<JavaMailSender> mailSender, ITemplateEngine templates, MessageSource messages,
                    ComplaintContacts contacts, SmsSender sms, @Value("${spring.mail.host:}") String mailHost,
                    @Value("${shenava.mail.from:no-reply@shenava.local}") String from,
                    @Value("${shenava.public-url:http://localhost:8080}") String publicUrl) {
        this.mailSender = mailSender;
        this.templates = templates;
        this.messages = messages;
        this.contacts = contacts;
        this.sms = sms;
        this.mailHost = mailHost;
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    // no transaction of its own: it writes nothing, and one would hold a connection while the mail goes out
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ComplaintRegistered complaint) throws MessagingException {
        TrackingCode code = new TrackingCode(complaint.trackingCode());
        if (complaint.contactEmail() != null && !complaint.contactEmail().isBlank()) {
            mail(complaint, code);
            return;
        }
        contacts.of(complaint.complaintId()).map(ComplaintContacts.Contact::phone).ifPresent(phone ->
                sms.send(phone, messages.getMessage("mail.ack.sms",
                        new Object[] {code.display(), publicUrl + "/track"}, PERSIAN)));
    }

    private void mail(ComplaintRegistered complaint, TrackingCode code) throws MessagingException {
        JavaMailSender sender = mailHost == null || mailHost.isBlank() ? null : mailSender.getIfAvailable();
        if (sender == null) {
            if (toldNoMailServer.compareAndSet(false, true)) {
                log.warn("No mail server configured (spring.mail.host): acknowledgement mails are not sent");
            }
            return;
        }
        Context context = new Context(PERSIAN);
        context.setVariable("code", code.display());
        context.setVariable("receivedAt", complaint.receivedAt());
        context.setVariable("trackUrl", publicUrl + "/track");
        String html = templates.process("mail/acknowledgement", context);
        String text = messages.getMessage("mail.ack.text", new Object[] {code.display(),
                JalaliDate.ofInstant(complaint.receivedAt()).toPersianString(),
                publicUrl + "/track"}, PERSIAN);

        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        try {
            helper.setFrom(from, messages.getMessage("mail.from.name", null, PERSIAN));
        } catch (java.io.UnsupportedEncodingException e) {
            helper.setFrom(from);
        }
        helper.setTo(complaint.contactEmail());
        helper.setSubject(messages.getMessage("mail.ack.subject", new Object[] {code.display()}, PERSIAN));
        helper.setText(text, html);
        // kept by JavaMailSenderImpl; a reply's In-Reply-To finds the complaint even when the subject changed
        message.setHeader("Message-ID", "<ack." + code.value() + "." + complaint.complaintId() + "@" + domainOf(from) + ">");
        // RFC 3834: an automatic answer; mail systems (ours included) must not answer it again.
        message.setHeader("Auto-Submitted", "auto-replied");
        sender.send(message);
        log.info("Acknowledgement for complaint {} sent", complaint.complaintId());
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "shenava.local" : domain;
    }
}
