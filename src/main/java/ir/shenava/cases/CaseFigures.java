package ir.shenava.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the quarterly analysis needs to know of a case: its state, its SLA due moments and when
 * each was met, whether the customer confirmed satisfaction and whether it was ever reopened. The
 * analytics module keeps its own copy from these answers, refreshed on every case event.
 */
@Service
@Transactional(readOnly = true)
public class CaseFigures {

    /** One case's moments and outcome; nulls for what has not happened yet. */
    public record Facts(long caseId, CaseState state, Priority priority, Long ownerId, Instant openedAt,
                        Instant acknowledgedAt, Instant acknowledgeDueAt, Instant communicatedAt, Instant resolutionDueAt,
                        Instant closedAt, Boolean customerSatisfied, boolean reopened) {
    }

    /** One priority's targets in working minutes. */
    public record Targets(int acknowledgeMinutes, int resolutionMinutes) {
    }

    private final JdbcClient jdbc;

    CaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Facts> of(long caseId) {
        return jdbc.sql("""
                select c.id, c.state, c.priority, c.owner_id, c.opened_at, c.acknowledged_at, c.acknowledge_due_at,
                       c.communicated_at, c.resolution_due_at, c.closed_at, c.customer_satisfied,
                       exists (select 1 from case_audit a where a.case_id = c.id and a.action = 'REOPEN') as reopened
                from complaint_case c where c.id = ?""").param(caseId).query(CaseFigures::facts).optional();
    }

    /** The SLA targets in force, per priority. */
    public Map<Priority, Targets> targets() {
        Map<Priority, Targets> targets = new EnumMap<>(Priority.class);
        jdbc.sql("select priority, acknowledge_minutes, resolution_minutes from sla_target").query((rs, i) ->
                targets.put(Priority.valueOf(rs.getString(1)), new Targets(rs.getInt(2), rs.getInt(3)))).list();
        return targets;
    }

    private static Facts facts(ResultSet rs, int row) throws SQLException {
        return new Facts(rs.getLong("id"), CaseState.valueOf(rs.getString("state")), Priority.valueOf(rs.getString("priority")),
                rs.getObject("owner_id", Long.class), instant(rs, "opened_at"), instant(rs, "acknowledged_at"),
                instant(rs, "acknowledge_due_at"), instant(rs, "communicated_at"), instant(rs, "resolution_due_at"),
                instant(rs, "closed_at"), rs.getObject("customer_satisfied", Boolean.class), rs.getBoolean("reopened"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
