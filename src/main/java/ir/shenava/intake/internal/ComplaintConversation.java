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

    /** One message; {@code from} is the sender's address as received (null when unknown). */
    public record Message(long id, Direction direction, String from, String subject, String body, Instant at) {

        public boolean outgoing() {
            return direction == Direction.OUT;
        }
    }

    private final JdbcTemplate jdbc;

    ComplaintConversation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Message> of(long complaintId) {
        return jdbc.query("""
                select id, direction, from_address, subject, body, received_at from complaint_message
                where complaint_id = ? order by received_at, id""",
                (rs, i) -> new Message(rs.getLong("id"), Direction.valueOf(rs.getString("direction")),
                        rs.getString("from_address"), rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("received_at").toInstant()), complaintId);
    }
}
