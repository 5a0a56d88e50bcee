package ir.shenava.notifications.internal;

import java.util.Map;

import ir.shenava.staff.StaffTwoFactorChanged;
import jakarta.mail.MessagingException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a staff member their two-factor login was turned on, off, or reset by the administrator:
 * a change they did not make (someone else in their session, a reset they did not ask for) is
 * then noticed by the one person who can tell.
 */
@Component
class TwoFactorMail {

    private final MailDelivery mail;

    TwoFactorMail(MailDelivery mail) {
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(StaffTwoFactorChanged changed) throws MessagingException {
        if (changed.email() == null || changed.email().isBlank()) {
            return;
        }
        String change = changed.change().name();
        String body = mail.text("mail.twoFactor.body." + change, changed.username(), changed.by());
        mail.send(new MailDelivery.Outgoing(changed.email(), mail.text("mail.twoFactor.subject." + change),
                "mail/two-factor-changed", Map.of("name", changed.fullName(), "body", body, "at", changed.at()),
                mail.text("mail.twoFactor.text", changed.fullName(), body),
                "two-factor." + changed.staffId() + "." + changed.at().toEpochMilli(), null, false));
    }
}
