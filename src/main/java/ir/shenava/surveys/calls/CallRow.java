package ir.shenava.surveys.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A follow-up call as stored. */
public record CallRow(long id, long customerId, Long contactId, CallStatus status, Instant dueAt, Instant nextTryAt,
                      boolean callBack, int attempts, Instant firstAttemptAt, Long claimedBy, Instant claimedUntil,
                      boolean manual, String note, Instant createdAt, Instant endedAt) {

    /** Claimed by {@code staffId} and the lease still running. */
    public boolean claimedBy(long staffId, Instant now) {
        return claimedBy != null && claimedBy == staffId && claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** Someone else holds a running claim. */
    public boolean claimedByOther(long staffId, Instant now) {
        return claimedBy != null && claimedBy != staffId && claimedUntil != null && claimedUntil.isAfter(now);
    }

    static CallRow of(ResultSet rs, int row) throws SQLException {
        return new CallRow(rs.getLong("id"), rs.getLong("customer_id"), (Long) rs.getObject("contact_id"),
                CallStatus.valueOf(rs.getString("status")), instant(rs, "due_at"), instant(rs, "next_try_at"),
                rs.getBoolean("call_back"), rs.getInt("attempts"), instant(rs, "first_attempt_at"),
                (Long) rs.getObject("claimed_by"), instant(rs, "claimed_until"), rs.getBoolean("manual"), rs.getString("note"),
                instant(rs, "created_at"), instant(rs, "ended_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
