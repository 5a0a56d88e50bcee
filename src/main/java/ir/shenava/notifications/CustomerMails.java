package ir.shenava.notifications;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ir.shenava.cases.CaseClosed;
import ir.shenava.cases.ResponseCommunicated;
import ir.shenava.intake.ComplaintContacts;
import ir.shenava.intake.ComplaintLinks;
import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.intake.TrackingCode;
import ir.shenava.notifications.internal.MailDelivery;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import jakarta.mail.MessagingException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the complainant hears while the case runs: our response (with the link to confirm
 * satisfaction when we ask for it) and the closure (thanks, and a one-click rating of how the
 * complaint was handled). By mail when an address is known, else a short SMS. The mails follow the
 * acknowledgement in the complainant's mail program (References), so a reply finds its complaint.
 */
@Component
class CustomerMails {

    /** One of the five one-click ratings in the closing mail. */
    record RatingLink(int value, String label, String url) {
    }

    /** A message to the complainant: the mail's parts, and the SMS that stands in without an address. */
    private record Letter(long complaintId, TrackingCode code, Instant at, String subjectKey, String template,
                          Map<String, Object> variables, String text, String messageId, String sms) {
    }

    private final MailDelivery mail;
    private final ComplaintContacts contacts;
    private final ComplaintLinks links;
    private final SmsSender sms;

    CustomerMails(MailDelivery mail, ComplaintContacts contacts, ComplaintLinks links, SmsSender sms) {
        this.mail = mail;
        this.contacts = contacts;
        this.links = links;
        this.sms = sms;
    }

    @ApplicationModuleListener
    void on(ResponseCommunicated e) throws MessagingException {
        TrackingCode code = new TrackingCode(e.trackingCode());
        String link = e.confirmationRequested() ? links.confirmationLink(e.caseId()) : mail.link("/track");
        String variant = e.confirmationRequested() ? ".confirm" : "";
        send(new Letter(e.caseId(), code, e.at(), "mail.response.subject", "mail/response",
                Map.of("response", e.response(), "confirm", e.confirmationRequested(), "link", link),
                mail.text("mail.response.text" + variant, code.display(), jalali(e.at()), e.response(), link),
                "response." + code.value() + "." + e.caseId() + "." + e.at().toEpochMilli(),
                mail.text("mail.response.sms" + variant, code.display(), link)));
    }

    @ApplicationModuleListener
    void on(CaseClosed e) throws MessagingException {
        TrackingCode code = new TrackingCode(e.trackingCode());
        // the labels of the rating page itself (intake's satisfaction levels), so mail and page never disagree
        List<RatingLink> ratings = IntStream.rangeClosed(1, 5).mapToObj(r -> new RatingLink(r,
                mail.text("track.rate.option", PersianText.persianDigits(String.valueOf(r)),
                        mail.text(SatisfactionLevel.of(r).messageKey())), links.ratingLink(e.caseId(), r))).toList();
        String ratingText = String.join("\n", ratings.stream().map(r -> r.label() + ": " + r.url()).toList());
        send(new Letter(e.caseId(), code, e.at(), "mail.closure.subject", "mail/closure", Map.of("ratings", ratings),
                mail.text("mail.closure.text", code.display(), jalali(e.at()), ratingText),
                "closure." + code.value() + "." + e.caseId(),
                mail.text("mail.closure.sms", code.display(), mail.link("/track"))));
    }

    /** The mail when the complainant gave an address, else the SMS when they gave a phone, else nothing. */
    private void send(Letter letter) throws MessagingException {
        ComplaintContacts.Contact contact = contacts.of(letter.complaintId()).orElse(null);
        if (contact == null) {
            return;
        }
        if (contact.email() != null && !contact.email().isBlank()) {
            Map<String, Object> variables = new HashMap<>(letter.variables());
            variables.put("greeting", contact.name() == null || contact.name().isBlank() ? mail.text("mail.ack.greeting")
                    : mail.text("mail.customer.greeting", contact.name()));
            variables.put("code", letter.code().display());
            variables.put("at", letter.at());
            mail.send(new MailDelivery.Outgoing(contact.email(), mail.text(letter.subjectKey(), letter.code().display()),
                    letter.template(), variables, letter.text(), letter.messageId(),
                    Acknowledgement.messageId(letter.code(), letter.complaintId()), false,
                    contacts.replyAddress(letter.complaintId()).orElse(null)));
        } else if (contact.phone() != null && !contact.phone().isBlank()) {
            sms.send(letter.messageId(), letter.complaintId(), contact.phone(), letter.sms());
        }
    }

    private static String jalali(Instant at) {
        return JalaliDate.ofInstant(at).toPersianString();
    }
}
