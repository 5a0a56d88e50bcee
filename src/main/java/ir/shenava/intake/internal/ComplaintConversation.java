package ir.shenava.intake.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The conversation about a complaint after it was registered (table {@code complaint_message}):
 * replies that came in, and what staff sent out. Read oldest first, as a thread reads.
 */
@Repository
public class ComplaintConversation {

    public enum Direction {
        IN, OUT;

        public String messageKey() {
            return "conversation.direction." + name();
        }
    }

    /**
     * One message; {@code from} is the sender's address as received (null when unknown). A message
     * of a duplicate complaint shown on its original names that complaint's tracking code in
     * {@code source} (null for the complaint's own messages); the duplicate's description itself
     * has the duplicate's id, negated, as its id.
     */
    public record Message(long id, Direction direction, String from, String subject, String body, Instant at,
                          String source) {

        public boolean outgoing() {
            return direction == Direction.OUT;
        }

        public String sourceDisplay() {
            return source == null ? null : new ir.shenava.intake.TrackingCode(source).display();
        }
    }

    private final JdbcTemplate jdbc;

    ComplaintConversation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The complaint's own messages and, for each complaint closed as a duplicate of it, that
     * complaint's description (as the message it was) and its conversation — never a confidential
     * complaint's on an ordinary one, whose readers may differ.
     */
    public List<Message> of(long complaintId) {
        return jdbc.query("""
                select m.id, m.direction, m.from_address, m.subject, m.body, m.received_at, null as source
                from complaint_message m where m.complaint_id = ?
                union all
                select -d.id, 'IN', d.contact_email, d.subject, d.description, d.received_at, d.tracking_code
                from complaint_duplicate x join complaint d on d.id = x.duplicate_id join complaint o on o.id = x.original_id
                where x.original_id = ? and (not d.confidential or o.confidential)
                union all
                select m.id, m.direction, m.from_address, m.subject, m.body, m.received_at, d.tracking_code
                from complaint_duplicate x join complaint d on d.id = x.duplicate_id join complaint o on o.id = x.original_id
                join complaint_message m on m.complaint_id = d.id
                where x.original_id = ? and (not d.confidential or o.confidential)
                order by received_at, id""",
                (rs, i) -> new Message(rs.getLong("id"), Direction.valueOf(rs.getString("direction")),
                        rs.getString("from_address"), rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("source")),
                complaintId, complaintId, complaintId);
    }

    /** A file of a complaint closed as a duplicate of this one: opened through its own complaint's page. */
    public record DuplicateFile(long complaintId, String trackingCode, long fileId, String fileName) {

        public String sourceDisplay() {
            return new ir.shenava.intake.TrackingCode(trackingCode).display();
        }
    }

    public List<DuplicateFile> duplicateFiles(long complaintId) {
        return jdbc.query("""
                select d.id, d.tracking_code, a.id, a.file_name
                from complaint_duplicate x join complaint d on d.id = x.duplicate_id join complaint o on o.id = x.original_id
                join complaint_attachment a on a.complaint_id = d.id
                where x.original_id = ? and (not d.confidential or o.confidential) order by a.uploaded_at, a.id""",
                (rs, i) -> new DuplicateFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)), complaintId);
    }
}
