package ir.shenava.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import ir.shenava.shared.PersianText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer who calls again about a complaint still open (issue 15 §5): the phone form shows the
 * customer's open complaints, and the call joins the one chosen as a message instead of opening
 * another case. Complaints for the CEO's eyes only are never offered.
 */
@Service
public class RepeatCalls {

    /** An open complaint of the caller's customer. */
    public record OpenComplaint(long id, String trackingCode, String subject, Instant receivedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RepeatCalls(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OpenComplaint> openOf(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, tracking_code, subject, received_at from complaint
                        where customer_id in (:customers) and status not in ('CLOSED', 'REJECTED') and not confidential
                        order by received_at desc limit 10""")
                .param("customers", customerIds)
                .query((rs, n) -> new OpenComplaint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * The call, as a message from the customer on the open complaint — only one of these customers'
     * open complaints. False when it is not (closed meanwhile, or another customer's).
     */
    @Transactional
    public boolean join(long complaintId, Collection<Long> customerIds, String callerName, String text, long loggedBy) {
        if (openOf(customerIds).stream().noneMatch(c -> c.id() == complaintId)) {
            return false;
        }
        jdbc.sql("""
                insert into complaint_message (complaint_id, direction, from_address, subject, body, received_at, sent_by)
                values (?, 'IN', ?, ?, ?, ?, ?)""")
                .params(complaintId, PersianText.normalize(callerName), null, PersianText.normalizeText(text),
                        Timestamp.from(clock.instant()), loggedBy).update();
        return true;
    }
}
