package ir.shenava.analytics.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What analytics told a staff member: a draft to complete or approve, an action due soon, overdue or
 * escalated. Written once per person, kind, review and action (a unique key): a second run of a job
 * or a second node adds nothing. Shown on "my actions" and the home page.
 */
@Repository
@Transactional
public class Notices {

    public enum Kind { DRAFT_PREPARED, DUE_SOON, OVERDUE, ESCALATED }

    public record Notice(long id, long staffId, Kind kind, long reviewId, Long actionId, Instant createdAt, Instant readAt) {
    }

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True only for the call that wrote the row. */
    public boolean record(long staffId, Kind kind, long reviewId, Long actionId, Instant at) {
        return jdbc.sql("""
                insert into analytics_notice (staff_id, kind, review_id, action_id, created_at) values (?, ?, ?, ?, ?)
                on conflict on constraint analytics_notice_once do nothing""")
                .params(staffId, kind.name(), reviewId, actionId, Timestamp.from(at)).update() == 1;
    }

    @Transactional(readOnly = true)
    public List<Notice> of(long staffId) {
        return jdbc.sql("select * from analytics_notice where staff_id = ? order by created_at desc, id desc limit 50")
                .param(staffId).query((rs, i) -> new Notice(rs.getLong("id"), rs.getLong("staff_id"),
                        Kind.valueOf(rs.getString("kind")), rs.getLong("review_id"), rs.getObject("action_id", Long.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
    }
}
