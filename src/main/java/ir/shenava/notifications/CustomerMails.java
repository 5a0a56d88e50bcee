package ir.shenava.notifications;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import ir.shenava.cases.CaseClosed;
import ir.shenava.cases.ResponseCommunicated;
import ir.shenava.intake.ComplaintContacts;
import ir.shenava.intake.ComplaintLinks;
import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.intake.TrackingCode;
import ir.shenava.notifications.internal.MailDelivery;
import jakarta.mail.MessagingException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the complainant hears while the case runs: our response (with the link to confirm
 * satisfaction when we ask for it) and the closure (thanks, and a one-click rating of how the
 * complaint was handled). By mail when an address is known, else a short SMS. The mails follow the
 * acknowledgement in the complainant's mail program (References), so a reply finds its complaint. All
 * in the language the complainant used, with links that open the pages in it.
 */
@Component
class CustomerMails {

    /** One of the five one-click ratings in the closing mail. */
    record RatingLink(int value, String label, String url) {
    }

    /** A message to the complainant: the mail's parts, and the SMS that stands in without an address. */
    private record Letter(long complaintId, TrackingCode code, Instant at, String subjectKey, String template,
                          Map<String, Object> variables, String text, String messageId, String sms, Locale locale) {
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
        Optional<ComplaintContacts.Contact> contact = contacts.of(e.caseId());
        Locale locale = localeOf(contact);
        TrackingCode code = new TrackingCode(e.trackingCode());
        String link = MailDelivery.localized(e.confirmationRequested() ? links.confirmationLink(e.caseId()) : mail.link("/track"),
                locale);
        String variant = e.confirmationRequested() ? ".confirm" : "";
        send(contact, new Letter(e.caseId(), code, e.at(), "mail.response.subject", "mail/response",
                Map.of("response", e.response(), "confirm", e.confirmationRequested(), "link", link),
                mail.text(locale, "mail.response.text" + variant, code.display(), MailDelivery.date(e.at(), locale), e.response(), link),
                "response." + code.value() + "." + e.caseId() + "." + e.at().toEpochMilli(),
                mail.text(locale, "mail.response.sms" + variant, code.display(), link), locale));
    }

    @ApplicationModuleListener
    void on(CaseClosed e) throws MessagingException {
        Optional<ComplaintContacts.Contact> contact = contacts.of(e.caseId());
        Locale locale = localeOf(contact);
        TrackingCode code = new TrackingCode(e.trackingCode());
        // the labels of the rating page itself (intake's satisfaction levels), so mail and page never disagree
        List<RatingLink> ratings = IntStream.rangeClosed(1, 5).mapToObj(r -> new RatingLink(r,
                mail.text(locale, "track.rate.option", MailDelivery.digits(r, locale),
                        mail.text(locale, SatisfactionLevel.of(r).messageKey())),
                MailDelivery.localized(links.ratingLink(e.caseId(), r), locale))).toList();
        String ratingText = String.join("\n", ratings.stream().map(r -> r.label() + ": " + r.url()).toList());
        send(contact, new Letter(e.caseId(), code, e.at(), "mail.closure.subject", "mail/closure", Map.of("ratings", ratings),
                mail.text(locale, "mail.closure.text", code.display(), MailDelivery.date(e.at(), locale), ratingText),
                "closure." + code.value() + "." + e.caseId(),
                mail.text(locale, "mail.closure.sms", code.display(), mail.link("/track", locale)), locale));
    }

    /** The language the complainant used (Persian when the complaint is not found). */
    private static Locale localeOf(Optional<ComplaintContacts.Contact> contact) {
        return contact.map(c -> c.language().locale()).orElse(MailDelivery.PERSIAN);
    }

    /** The mail when the complainant gave an address, else the SMS when they gave a phone, else nothing. */
    private void send(Optional<ComplaintContacts.Contact> found, Letter letter) throws MessagingException {
        ComplaintContacts.Contact contact = found.orElse(null);
        if (contact == null) {
            return;
        }
        Locale locale = letter.locale();
        if (contact.email() != null && !contact.email().isBlank()) {
            Map<String, Object> variables = new HashMap<>(letter.variables());
            variables.put("greeting", contact.name() == null || contact.name().isBlank() ? mail.text(locale, "mail.ack.greeting")
                    : mail.text(locale, "mail.customer.greeting", contact.name()));
            variables.put("code", letter.code().display());
            variables.put("at", letter.at());
            mail.send(new MailDelivery.Outgoing(contact.email(), mail.text(locale, letter.subjectKey(), letter.code().display()),
                    letter.template(), variables, letter.text(), letter.messageId(),
                    Acknowledgement.messageId(letter.code(), letter.complaintId()), false,
                    contacts.replyAddress(letter.complaintId()).orElse(null), locale));
        } else if (contact.phone() != null && !contact.phone().isBlank()) {
            sms.send(letter.messageId(), letter.complaintId(), contact.phone(), letter.sms());
        }
    }
}
