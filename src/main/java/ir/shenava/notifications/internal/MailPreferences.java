package ir.shenava.notifications.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notification each staff member wants by mail. Only the kinds turned off are
 * stored, so a new staff member (and a new kind) is mailed by default; escalations always are.
 */
@Repository
@Transactional
public class MailPreferences {

    private final JdbcClient jdbc;

    MailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds the person receives by mail. */
    @Transactional(readOnly = true)
    public Set<NotificationKind> mailed(long staffId) {
        Set<NotificationKind> mailed = EnumSet.allOf(NotificationKind.class);
        jdbc.sql("select kind from notification_mail_off where staff_id = ?").param(staffId).query(String.class).list()
                .forEach(kind -> mailed.remove(NotificationKind.valueOf(kind)));
        mailed.add(NotificationKind.ESCALATED);
        return mailed;
    }

    @Transactional(readOnly = true)
    public boolean wantsMail(long staffId, NotificationKind kind) {
        return !kind.mailOptional() || !jdbc.sql("select count(*) > 0 from notification_mail_off where staff_id = ? and kind = ?")
                .params(staffId, kind.name()).query(Boolean.class).single();
    }

    /** Keeps mail on for exactly {@code mailed} (plus escalations) and off for every other kind. */
    public void save(long staffId, Set<NotificationKind> mailed) {
        jdbc.sql("delete from notification_mail_off where staff_id = ?").param(staffId).update();
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.mailOptional() && !mailed.contains(kind)) {
                jdbc.sql("insert into notification_mail_off (staff_id, kind) values (?, ?)").params(staffId, kind.name())
                        .update();
            }
        }
    }
}
