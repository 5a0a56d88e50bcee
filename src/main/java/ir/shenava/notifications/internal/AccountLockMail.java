package ir.shenava.notifications.internal;

import java.util.Map;

import ir.shenava.staff.StaffAccountLocked;
import jakarta.mail.MessagingException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a staff member their account was locked, when, until when and from which address the
 * wrong passwords came — so that someone else's guessing does not go unnoticed, and so that the
 * person knows why the login page keeps refusing them.
 */
@Component
class AccountLockMail {

    private final MailDelivery mail;

    AccountLockMail(MailDelivery mail) {
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(StaffAccountLocked locked) throws MessagingException {
        if (locked.email() == null || locked.email().isBlank()) {
            return;
        }
        String subject = mail.text("mail.accountLocked.subject");
        mail.send(new MailDelivery.Outgoing(locked.email(), subject, "mail/account-locked",
                Map.of("name", locked.fullName(), "until", locked.lockedUntil(), "address", locked.address(),
                        "username", locked.username()),
                mail.text("mail.accountLocked.text", locked.fullName(), locked.username(), locked.address()),
                "locked." + locked.staffId() + "." + locked.lockedUntil().toEpochMilli(), null, false));
    }
}
