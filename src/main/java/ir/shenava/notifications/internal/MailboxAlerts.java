package ir.shenava.notifications.internal;

import java.time.Clock;
import java.util.List;

import ir.shenava.intake.MailboxFetchFailing;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A complaints mailbox has failed to fetch for an hour: every active administrator gets a
 * notification and, after it, a mail ({@link StaffMail}). The outage's start is the event key, so a
 * redelivered event adds nothing and the next outage of the same mailbox is a new alert.
 */
@Component
class MailboxAlerts {

    private final StaffNotifications notifications;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailboxAlerts(StaffNotifications notifications, StaffDirectory staff, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MailboxFetchFailing e) {
        for (StaffSummary admin : staff.activeWithRole(Role.ADMIN)) {
            notifications.record(admin.id().value(), NotificationKind.MAILBOX_FAILING, e.mailboxId(), "",
                            "outage@" + e.since(), List.of(e.name(), e.since().toString(),
                                    e.lastError() == null ? "—" : e.lastError()), clock.instant())
                    .ifPresent(id -> events.publishEvent(new StaffNotified(id)));
        }
    }
}
