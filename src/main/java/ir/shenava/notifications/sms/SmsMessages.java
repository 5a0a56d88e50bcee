package ir.shenava.notifications.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMS rows. Every state change is one short transaction of its own, committed before (or
 * after) the gateway is called, never held across the call: a crash leaves the row saying how far
 * the message got.
 */
@Repository
@Transactional
public class SmsMessages {

    private static final String COLUMNS = "id, idempotency_key, complaint_id, phone, text, parts, state, attempts, "
            + "next_attempt_at, gateway, gateway_message_id, last_error, delivery, created_at, sent_at, delivered_at";

    private final JdbcClient jdbc;

    SmsMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's id, or empty when a message with this key was stored before. */
    Optional<Long> queue(String key, Long complaintId, String phone, String text, int parts, Instant now) {
        return jdbc.sql("""
                insert into sms_message (idempotency_key, complaint_id, phone, text, parts, state, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, 'QUEUED', ?, ?) on conflict (idempotency_key) do nothing returning id""")
                .params(key, complaintId, phone, text, parts, ts(now), ts(now)).query(Long.class).optional();
    }

    @Transactional(readOnly = true)
    public Optional<SmsMessage> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from sms_message where id = ?").param(id).query(SmsMessages::row).optional();
    }

    @Transactional(readOnly = true)
    public Optional<SmsMessage> byKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from sms_message where idempotency_key = ?").param(key)
                .query(SmsMessages::row).optional();
    }

    @Transactional(readOnly = true)
    public List<SmsMessage> ofComplaint(long complaintId) {
        return jdbc.sql("select " + COLUMNS + " from sms_message where complaint_id = ? order by created_at, id")
                .param(complaintId).query(SmsMessages::row).list();
    }

    /** The latest messages, newest first, for the administrator's page. */
    @Transactional(readOnly = true)
    public List<SmsMessage> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from sms_message order by created_at desc, id desc limit ?")
                .param(limit).query(SmsMessages::row).list();
    }

    /** QUEUED → SENDING for exactly one caller, and only once the attempt is due. */
    boolean claim(long id, SmsProvider gateway, Instant now) {
        return jdbc.sql("""
                update sms_message set state = 'SENDING', attempts = attempts + 1, gateway = ?
                where id = ? and state = 'QUEUED' and next_attempt_at <= ?""")
                .params(gateway.name(), id, ts(now)).update() == 1;
    }

    void sent(long id, SmsMessage.State state, String messageId, Instant now) {
        jdbc.sql("update sms_message set state = ?, gateway_message_id = ?, sent_at = ?, last_error = null where id = ?")
                .params(state.name(), messageId, ts(now), id).update();
    }

    /** Back in the queue: the gateway did not take it. */
    void retryAt(long id, String error, Instant next) {
        jdbc.sql("update sms_message set state = 'QUEUED', last_error = ?, next_attempt_at = ? where id = ?")
                .params(cut(error), ts(next), id).update();
    }

    /** Still SENDING (the answer was lost): the next run asks the gateway before anything else. */
    void unanswered(long id, String error, Instant next) {
        jdbc.sql("update sms_message set last_error = ?, next_attempt_at = ? where id = ? and state = 'SENDING'")
                .params(cut(error), ts(next), id).update();
    }

    void finish(long id, SmsMessage.State state, String error) {
        jdbc.sql("update sms_message set state = ?, last_error = ? where id = ?").params(state.name(), cut(error), id).update();
    }

    /** Sent messages whose delivery report is still open, oldest check first. */
    @Transactional(readOnly = true)
    List<SmsMessage> awaitingReport(Instant sentAfter, int limit) {
        return jdbc.sql("select " + COLUMNS + " from sms_message where state = 'SENT' and delivery = 'PENDING' and sent_at > ? "
                        + "order by delivery_checked_at nulls first, sent_at limit ?")
                .params(ts(sentAfter), limit).query(SmsMessages::row).list();
    }

    void delivery(long id, SmsGateway.Delivery delivery, Instant now) {
        jdbc.sql("update sms_message set delivery = ?, delivery_checked_at = ?, delivered_at = ? where id = ?")
                .params(delivery.name(), ts(now), delivery == SmsGateway.Delivery.DELIVERED ? ts(now) : null, id).update();
    }

    private static SmsMessage row(ResultSet rs, int n) throws SQLException {
        long complaint = rs.getLong("complaint_id");
        Long complaintId = rs.wasNull() ? null : complaint;
        String gateway = rs.getString("gateway");
        return new SmsMessage(rs.getLong("id"), rs.getString("idempotency_key"), complaintId, rs.getString("phone"),
                rs.getString("text"), rs.getInt("parts"), SmsMessage.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), gateway == null ? null : SmsProvider.valueOf(gateway),
                rs.getString("gateway_message_id"), rs.getString("last_error"),
                SmsGateway.Delivery.valueOf(rs.getString("delivery")), instant(rs, "created_at"), instant(rs, "sent_at"),
                instant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String cut(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
