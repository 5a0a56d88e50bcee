package ir.shenava.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ir.shenava.intake.ComplaintContacts;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.RefusedAttachments;
import ir.shenava.intake.TrackingCode;
import ir.shenava.notifications.internal.MailDelivery;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Tells the complainant that the complaint arrived and how to follow it, in the language they used
 * (Persian right to left, or English): a mail with the tracking code (also in the subject, so a reply
 * finds its complaint again), else a short SMS when only a phone is known. A failure to send leaves the event publication incomplete, to be resubmitted.
 */
@Component
class Acknowledgement {

    private static final Logger log = LoggerFactory.getLogger(Acknowledgement.class);

    private final MailDelivery mail;
    private final ComplaintContacts contacts;
    private final SmsSender sms;
    private final RefusedAttachments refused;

    Acknowledgement(MailDelivery mail, ComplaintContacts contacts, SmsSender sms, RefusedAttachments refused) {
        this.refused = refused;
        this.mail = mail;
        this.contacts = contacts;
        this.sms = sms;
    }

    /** The local part of the acknowledgement's Message-ID; intake's email channel recognises it in replies. */
    static String messageId(TrackingCode code, long complaintId) {
        return "ack." + code.value() + "." + complaintId;
    }

    /** "«report.docx» (۲۴ کیلوبایت): نوع فایل پذیرفته نیست…", as the complaint page says it, in the reader's language. */
    private String describe(RefusedAttachments.Refused file, Locale locale) {
        return mail.text(locale, "refused.item", file.fileName(), MailDelivery.digits(file.kilobytes(), locale),
                mail.text(locale, file.reasonKey()));
    }

    // no transaction of its own: it writes nothing, and one would hold a connection while the mail goes out
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ComplaintRegistered complaint) throws MessagingException {
        TrackingCode code = new TrackingCode(complaint.trackingCode());
        // in the language the complainant used; the tracking page it links to opens in it too
        Optional<ComplaintContacts.Contact> contact = contacts.of(complaint.complaintId());
        Locale locale = contact.map(c -> c.language().locale()).orElse(MailDelivery.PERSIAN);
        String trackUrl = mail.link("/track", locale);
        if (complaint.contactEmail() != null && !complaint.contactEmail().isBlank()) {
            String replyTo = contacts.replyAddress(complaint.complaintId()).orElse(null);
            // the mail invites a reply only when a reply reaches a mailbox we read
            String textKey = replyTo == null ? "mail.ack.text.noReply" : "mail.ack.text";
            List<String> notAccepted = refused.of(complaint.complaintId()).stream().map(f -> describe(f, locale)).toList();
            String text = mail.text(locale, textKey, code.display(), MailDelivery.date(complaint.receivedAt(), locale), trackUrl);
            if (!notAccepted.isEmpty()) {
                text += "\n\n" + mail.text(locale, "refused.title") + "\n- " + String.join("\n- ", notAccepted) + "\n"
                        + mail.text(locale, replyTo == null ? "mail.ack.refused.hint" : "mail.ack.refused.again");
            }
            boolean sent = mail.send(new MailDelivery.Outgoing(complaint.contactEmail(),
                    mail.text(locale, "mail.ack.subject", code.display()), "mail/acknowledgement",
                    Map.of("code", code.display(), "receivedAt", complaint.receivedAt(), "trackUrl", trackUrl,
                            "canReply", replyTo != null, "refused", notAccepted),
                    text,
                    messageId(code, complaint.complaintId()), null, true, replyTo, locale));
            if (sent) {
                log.info("Acknowledgement for complaint {} sent", complaint.complaintId());
            }
            return;
        }
        contact.map(ComplaintContacts.Contact::phone).ifPresent(phone ->
                sms.send("ack." + complaint.complaintId(), complaint.complaintId(), phone,
                        mail.text(locale, "mail.ack.sms", code.display(), trackUrl)));
    }
}
