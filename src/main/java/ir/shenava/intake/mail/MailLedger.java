package ir.shenava.intake.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.shenava.shared.PersianText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the email channel remembers about single messages: taken, set aside, appended to a complaint. */
@Repository
class MailLedger {

    private final JdbcTemplate jdbc;

    MailLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean seen(long mailboxId, String messageId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from mail_message_seen where mailbox_id = ? and message_id = ?)",
                Boolean.class, mailboxId, messageId));
    }

    /** False when another fetch took the same message first. */
    boolean markSeen(long mailboxId, String messageId, Long complaintId, int attachmentsSkipped, Instant at) {
        return jdbc.update("""
                insert into mail_message_seen (mailbox_id, message_id, complaint_id, attachments_skipped, taken_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                mailboxId, messageId, complaintId, attachmentsSkipped, Timestamp.from(at)) == 1;
    }

    void reject(long mailboxId, String messageId, String reason, Long rawSize, Instant at) {
        jdbc.update("insert into mail_message_rejected (mailbox_id, message_id, reason, received_at, raw_size) values (?, ?, ?, ?, ?)",
                mailboxId, messageId, reason, Timestamp.from(at), rawSize);
    }

    /** A reply, spelled as every other stored text is (PersianText): "لطفاً" is stored as the description's "لطفا". */
    void appendIncoming(long complaintId, String fromAddress, String subject, String body, String messageId, Instant at) {
        jdbc.update("""
                insert into complaint_message (complaint_id, direction, from_address, subject, body, message_id, received_at)
                values (?, 'IN', ?, ?, ?, ?, ?)""", complaintId, fromAddress, PersianText.normalize(subject),
                PersianText.normalizeText(body), messageId, Timestamp.from(at));
    }

    /** The mailbox a complaint arrived through (its first message), if it came by mail. */
    Optional<Long> mailboxOf(long complaintId) {
        return jdbc.queryForList("""
                select mailbox_id from mail_message_seen where complaint_id = ? order by taken_at, mailbox_id limit 1""",
                Long.class, complaintId).stream().findFirst();
    }

    List<SetAsideMessage> rejected(int limit) {
        return jdbc.query("""
                select r.id, r.mailbox_id, m.name, r.message_id, r.reason, r.received_at, r.raw_size
                from mail_message_rejected r join mailbox m on m.id = r.mailbox_id
                order by r.received_at desc, r.id desc limit ?""",
                (rs, i) -> new SetAsideMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getObject(7) == null ? null : rs.getLong(7)), limit);
    }
}
