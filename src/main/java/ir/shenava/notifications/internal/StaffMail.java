package ir.shenava.notifications.internal;

import java.util.HashMap;
import java.util.Map;

import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import jakarta.mail.MessagingException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a notification to its staff member: when they have an address, are still active and have
 * not turned this kind's mail off (escalations are mailed regardless). A failed send leaves the
 * publication incomplete, to be resubmitted; the in-app row is already there.
 */
@Component
class StaffMail {

    private final StaffNotifications notifications;
    private final MailPreferences preferences;
    private final NotificationText text;
    private final StaffDirectory staff;
    private final MailDelivery mail;

    StaffMail(StaffNotifications notifications, MailPreferences preferences, NotificationText text, StaffDirectory staff,
              MailDelivery mail) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.text = text;
        this.staff = staff;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(StaffNotified notified) throws MessagingException {
        StaffNotification n = notifications.find(notified.notificationId()).orElse(null);
        if (n == null || !preferences.wantsMail(n.staffId(), n.kind())) {
            return;
        }
        // from the active-staff snapshot (kept fresh on every change): no entity, roles and department read per mail
        StaffSummary person = staff.findActive(new StaffId(n.staffId())).orElse(null);
        if (person == null || person.email() == null || person.email().isBlank()) {
            return;
        }
        String code = NotificationText.reference(n, MailDelivery.PERSIAN);
        String title = text.title(n.kind(), MailDelivery.PERSIAN);
        String sentence = text.sentence(n, MailDelivery.PERSIAN);
        String caseUrl = mail.link(n.kind().link(n.caseId()));
        Map<String, Object> variables = new HashMap<>(Map.of("name", person.fullName(), "title", title,
                "sentence", sentence, "code", code, "at", n.createdAt(), "caseUrl", caseUrl));
        if (n.kind().mailOptional()) { // an escalation's mail cannot be turned off: no link to the settings
            variables.put("settingsUrl", mail.link("/notifications/settings"));
        }
        variables.put("openKey", n.kind().aboutReview() ? "analytics.mail.open" : "mail.staff.openCase");
        mail.send(new MailDelivery.Outgoing(person.email(), mail.text(n.kind().mailSubjectKey(), title, code),
                "mail/staff-notification", variables,
                mail.text("mail.staff.text", person.fullName(), sentence, caseUrl),
                "notice." + n.id() + "." + n.trackingCode(), null, false));
    }
}
