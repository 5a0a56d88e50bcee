package ir.shenava.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes and reads a case's audit trail: who, when, what, before and after. The table only grows —
 * the database refuses UPDATE, DELETE and TRUNCATE on it (trigger in V16) — so this class has no
 * way to change an entry, by design.
 */
@Component
public class CaseAudit {

    /** One line of the trail; {@code actorId} null is the system or the customer online. */
    public record Entry(long id, Instant at, Long actorId, String action, Map<String, Object> before,
                        Map<String, Object> after) {

        public String messageKey() {
            return "case.audit." + action;
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CaseAudit(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(long caseId, Long actorId, String action, Map<String, Object> before, Map<String, Object> after, Instant at) {
        jdbc.sql("insert into case_audit (case_id, at, actor_id, action, before, after) values (?, ?, ?, ?, ?::jsonb, ?::jsonb)")
                .params(caseId, Timestamp.from(at), actorId, action, write(before), write(after)).update();
    }

    public List<Entry> of(long caseId) {
        return jdbc.sql("select id, at, actor_id, action, before::text, after::text from case_audit where case_id = ? order by id")
                .param(caseId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        (Long) rs.getObject(3), rs.getString(4), read(rs.getString(5)), read(rs.getString(6))))
                .list();
    }

    private String write(Map<String, Object> values) {
        return values == null ? null : json.writeValueAsString(values);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        return text == null ? Map.of() : json.readValue(text, Map.class);
    }
}
