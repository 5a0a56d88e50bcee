package ir.shenava.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.shenava.intake.ComplaintStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the complainant sees of the handling on the tracking page, oldest first: the statuses the
 * complaint went through, the responses staff published, the complainant's own messages and answers.
 * Internal notes and messages staff did not publish never appear.
 */
@Component
public class ComplaintTimeline {

    public enum Kind {
        STATUS, RESPONSE, COMPLAINANT_MESSAGE, SATISFIED, NOT_SATISFIED;

        public String messageKey() {
            return "track.entry." + name();
        }
    }

    /**
     * One step; {@code status} only for STATUS, {@code text} for messages and comments. The last
     * status step is {@code current} when it is the complaint's status now.
     */
    public record Entry(Instant at, Kind kind, ComplaintStatus status, String text, boolean current) {
    }

    /** @param currentListed false when the history does not end in today's status (shown apart then) */
    public record Timeline(List<Entry> entries, boolean currentListed) {
    }

    private final JdbcClient jdbc;

    ComplaintTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A message that came in by mail is shown when it is the complainant's own (from the address they
     * gave, stored in lower case): a colleague's internal mail that quoted the tracking code is not
     * for them to read.
     */
    public Timeline of(Complaint complaint) {
        List<Entry> entries = jdbc.sql("""
                select changed_at as at, 'STATUS' as kind, status, null as text, 0 as tie, id
                  from complaint_status_change where complaint_id = :id
                union all
                select received_at, case direction when 'OUT' then 'RESPONSE' else 'COMPLAINANT_MESSAGE' end,
                       null, body, 1, id
                  from complaint_message where complaint_id = :id
                   and (public or (direction = 'IN' and lower(from_address) = cast(:email as text)))
                union all
                select answered_at, case when satisfied then 'SATISFIED' else 'NOT_SATISFIED' end, null, comment, 2, id
                  from complaint_confirmation where complaint_id = :id
                order by at, tie, id""")
                .param("id", complaint.getId()).param("email", complaint.getContactEmail())
                .query((rs, i) -> new Entry(rs.getTimestamp("at").toInstant(), Kind.valueOf(rs.getString("kind")),
                        rs.getString("status") == null ? null : ComplaintStatus.valueOf(rs.getString("status")),
                        rs.getString("text"), false))
                .list();
        return markCurrent(entries, complaint.getStatus());
    }

    private static Timeline markCurrent(List<Entry> entries, ComplaintStatus now) {
        List<Entry> marked = new ArrayList<>(entries);
        for (int i = marked.size() - 1; i >= 0; i--) {
            Entry e = marked.get(i);
            if (e.kind() == Kind.STATUS) {
                if (e.status() != now) {
                    break;
                }
                marked.set(i, new Entry(e.at(), e.kind(), e.status(), e.text(), true));
                return new Timeline(List.copyOf(marked), true);
            }
        }
        return new Timeline(List.copyOf(marked), false);
    }
}
