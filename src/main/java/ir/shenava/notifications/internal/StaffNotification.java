package ir.shenava.notifications.internal;

import java.time.Instant;
import java.util.List;

/** One line of a staff member's notification list. */
public record StaffNotification(long id, long staffId, NotificationKind kind, long caseId, String trackingCode,
                                List<String> params, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
