package ir.shenava.audit.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.shared.JalaliDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Reads the audit for the page: newest first, filtered, one page at a time. */
@Component
class AuditEntries {

    static final int PAGE_SIZE = 50;

    /** One field's change: {@code before} null when created, {@code after} null when removed. */
    record Change(String field, Object before, Object after) {
    }

    record Entry(long id, Instant at, String actor, AuditKind kind, AuditAction action, String subject,
                 List<Change> changes, String address) {
    }

    record Filter(String who, AuditKind kind, LocalDate from, LocalDate to) {
    }

    record Page(List<Entry> entries, int number, boolean hasNext) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditEntries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Page find(Filter filter, int page) {
        StringBuilder sql = new StringBuilder("select id, at, actor, kind, action, subject, before::text, after::text, address "
                + "from admin_audit where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.who() != null && !filter.who().isBlank()) {
            sql.append(" and lower(actor) like :who escape '\\'");
            params.put("who", "%" + filter.who().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            sql.append(" and at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(JalaliDate.TEHRAN).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(JalaliDate.TEHRAN).toInstant()));
        }
        sql.append(" order by at desc, id desc limit :limit offset :offset");
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", (long) page * PAGE_SIZE);
        List<Entry> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        AuditKind.valueOf(rs.getString(4)), AuditAction.valueOf(rs.getString(5)), rs.getString(6),
                        changes(rs.getString(7), rs.getString(8)), rs.getString(9)))
                .list());
        boolean more = rows.size() > PAGE_SIZE;
        return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, page, more);
    }

    @SuppressWarnings("unchecked")
    private List<Change> changes(String beforeText, String afterText) {
        Map<String, Object> before = beforeText == null ? Map.of() : json.readValue(beforeText, Map.class);
        Map<String, Object> after = afterText == null ? Map.of() : json.readValue(afterText, Map.class);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        return fields.stream().map(f -> new Change(f, before.get(f), after.get(f))).toList();
    }
}
