package ir.shenava.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import ir.shenava.analytics.internal.Quarters;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rows written straight into the analytics projections (they are this module's own tables) and
 * departments with their managers, each with fresh codes, for the slice and home-page tests. Ids
 * are far above any the application hands out, so no rebuild ever rewrites them.
 */
@Component
class AnalyticsRows {

    private static final AtomicLong IDS = new AtomicLong(6_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L));

    private final JdbcTemplate jdbc;
    private final StaffAccounts accounts;

    AnalyticsRows(JdbcTemplate jdbc, StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    record Manager(long id, String username, String department, String name) {
    }

    /** A new department (code of letters A–Z, always eight) and its manager with the given role. */
    Manager departmentWithManager(Role role) {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        String name = "واحد آزمون " + code;
        long departmentId = jdbc.queryForObject("insert into department (code, name_fa, name_en) values (?, ?, ?) returning id",
                Long.class, code.toString(), name, "Test unit " + code);
        String username = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = accounts.create(username, "password-123", new StaffAccounts.Profile("مدیر " + code, username + "@example.ir",
                null, departmentId, null, EnumSet.of(role), true)).getId();
        return new Manager(id, username, code.toString(), name);
    }

    /** A complaint received at {@code at} in the department; state null for one without a case. */
    long complaint(String department, Instant at, String state, Boolean satisfied, Instant dueAt) {
        long id = IDS.incrementAndGet();
        jdbc.update("""
                insert into analytics_complaint (complaint_id, tracking_code, channel, received_at, quarter_key, department_code,
                    state, customer_satisfied, resolution_due_at, closed_at, closed_quarter_key, updated_at)
                values (?, ?, 'WEB_FORM', ?, ?, ?, ?, ?, ?, ?, ?, now())""",
                id, "T" + (id % 100_000_000_000L), Timestamp.from(at), Quarters.keyOf(at), department, state, satisfied,
                dueAt == null ? null : Timestamp.from(dueAt), "CLOSED".equals(state) ? Timestamp.from(at) : null,
                "CLOSED".equals(state) ? Quarters.keyOf(at) : null);
        return id;
    }

    /** A survey completed at {@code at} by one installer of the department, one STAFF_BEHAVIOUR scale answer. */
    long survey(String department, long installerId, Instant at, int score) {
        long id = IDS.incrementAndGet();
        jdbc.update("""
                insert into analytics_survey (survey_id, call_id, customer_id, completed_at, quarter_key, mode, installer_ids,
                    departments) values (?, ?, 1, ?, ?, 'PHONE', ?, ?)""",
                id, id, Timestamp.from(at), Quarters.keyOf(at), new Long[] {installerId}, new String[] {department});
        jdbc.update("""
                insert into analytics_answer (survey_id, question_code, quarter_key, section, type, score, not_applicable, dissatisfied)
                values (?, 'Q_STAFF', ?, 'STAFF_BEHAVIOUR', 'SCALE', ?, false, ?)""",
                id, Quarters.keyOf(at), score, score <= 2);
        return id;
    }
}
