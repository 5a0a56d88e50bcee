package ir.shenava.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff notification rows. Plain SQL: a row is written once ({@code on conflict do nothing}
 * on the event's identity, so a redelivered event adds nothing) and afterwards only marked read.
 */
@Repository
@Transactional
public class StaffNotifications {

    public static final int PAGE_SIZE = 20;
    private static final String COLUMNS = "id, staff_id, kind, case_id, tracking_code, params, created_at, read_at";

    private final JdbcClient jdbc;

    StaffNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's id; empty when this event already left its row. */
    Optional<Long> record(long staffId, NotificationKind kind, long caseId, String trackingCode, String eventKey,
                          List<String> params, Instant at) {
        return jdbc.sql("""
                        insert into staff_notification (staff_id, kind, case_id, tracking_code, event_key, params, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (kind, case_id, event_key, staff_id) do nothing
                        returning id""")
                .params(staffId, kind.name(), caseId, trackingCode, eventKey, params.toArray(String[]::new),
                        Timestamp.from(at))
                .query(Long.class).optional();
    }

    @Transactional(readOnly = true)
    public Optional<StaffNotification> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from staff_notification where id = ?").param(id)
                .query(StaffNotifications::row).optional();
    }

    /** A page of the person's notifications, newest first. */
    @Transactional(readOnly = true)
    public Page<StaffNotification> page(long staffId, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        long total = jdbc.sql("select count(*) from staff_notification where staff_id = ?").param(staffId)
                .query(Long.class).single();
        List<StaffNotification> rows = jdbc.sql("select " + COLUMNS + """
                         from staff_notification where staff_id = ?
                        order by created_at desc, id desc limit ? offset ?""")
                .params(staffId, request.getPageSize(), request.getOffset())
                .query(StaffNotifications::row).list();
        return new PageImpl<>(rows, request, total);
    }

    /**
     * The count in the navigation bar: one query on a partial index, run on its own — a transaction
     * (the class's default) would open a JPA session, begin and commit for every page, a tenth of a page's CPU.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public long unread(long staffId) {
        return jdbc.sql("select count(*) from staff_notification where staff_id = ? and read_at is null").param(staffId)
                .query(Long.class).single();
    }

    /** Marks one of the person's own notifications read; someone else's is left alone. */
    public boolean markRead(long staffId, long id, Instant at) {
        return jdbc.sql("update staff_notification set read_at = ? where id = ? and staff_id = ? and read_at is null")
                .params(Timestamp.from(at), id, staffId).update() > 0;
    }

    public int markAllRead(long staffId, Instant at) {
        return jdbc.sql("update staff_notification set read_at = ? where staff_id = ? and read_at is null")
                .params(Timestamp.from(at), staffId).update();
    }

    private static StaffNotification row(ResultSet rs, int n) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new StaffNotification(rs.getLong("id"), rs.getLong("staff_id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getLong("case_id"), rs.getString("tracking_code"),
                Arrays.asList((String[]) rs.getArray("params").getArray()), rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }
}
