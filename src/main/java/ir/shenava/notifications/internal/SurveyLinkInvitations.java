package ir.shenava.notifications.internal;

import java.util.Map;

import jakarta.mail.MessagingException;

import ir.shenava.notifications.SmsSender;
import ir.shenava.surveys.SurveyLinkOffered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the customer of an unreachable follow-up call the link to the same survey on the web (issue 12
 * §6): by SMS to the contact's mobile, else by mail. Once per call: the SMS's key and the mail's
 * Message-ID are the call's. A failure leaves the event publication incomplete, to be resubmitted.
 */
@Component
class SurveyLinkInvitations {

    private final SmsSender sms;
    private final MailDelivery mail;

    SurveyLinkInvitations(SmsSender sms, MailDelivery mail) {
        this.sms = sms;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(SurveyLinkOffered offer) throws MessagingException {
        if (offer.mobile() != null) {
            sms.send("survey-link." + offer.callId(), null, offer.mobile(), mail.text("mail.surveyLink.sms", offer.url()));
            return;
        }
        if (offer.email() == null || offer.email().isBlank()) {
            return;
        }
        String until = MailDelivery.date(offer.expiresAt(), MailDelivery.PERSIAN);
        String name = offer.contactName() == null ? "" : offer.contactName();
        mail.send(new MailDelivery.Outgoing(offer.email(), mail.text("mail.surveyLink.subject"), "mail/survey-link",
                Map.of("name", name, "url", offer.url(), "until", until),
                mail.text("mail.surveyLink.text", name, offer.url(), until), "survey-link." + offer.callId(), null, true));
    }
}
