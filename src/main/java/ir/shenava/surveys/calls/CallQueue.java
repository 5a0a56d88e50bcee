package ir.shenava.surveys.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The callers' queue: calls due now (overdue first), then the agreed call-back times to come; and the
 * claim that keeps two callers off one call. A claim is a lease: one left behind (the caller closed
 * the tab) is free again once {@code claimed_until} passes — released lazily, nobody needs to run a job.
 * Claims take the row with {@code for update skip locked}, so of two callers at once one wins at once
 * and the other gets nothing instead of waiting.
 */
@Service
@Transactional(readOnly = true)
public class CallQueue {

    private final QueueChanges changes;
    private final JdbcClient jdbc;
    private final CallRules rules;
    private final Clock clock;

    CallQueue(JdbcClient jdbc, CallRules rules, Clock clock, QueueChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    public Optional<CallRow> find(long id) {
        return jdbc.sql("select * from follow_up_call where id = ?").param(id).query(CallRow::of).optional();
    }

    /**
     * Where a page of the queue ends: the last row's time and id. The next page starts after it (keyset
     * paging: each page reads its own rows off the partial index, however deep the queue is).
     */
    public record Cursor(Instant nextTryAt, long id) {

        /** As the page's link carries it: epoch microseconds and id; empty when absent or garbled. */
        public static Optional<Cursor> parse(String text) {
            if (text == null || !text.matches("\\d{1,18}-\\d{1,18}")) {
                return Optional.empty();
            }
            String[] parts = text.split("-");
            return Optional.of(new Cursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), java.time.temporal.ChronoUnit.MICROS),
                    Long.parseLong(parts[1])));
        }

        /** Microseconds, as PostgreSQL keeps the time: a coarser cursor would show the page's last row again. */
        public String text() {
            return java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, nextTryAt) + "-" + id;
        }
    }

    /** One page of a list, and where the next starts (null on the last page). */
    public record Page(List<CallRow> rows, Cursor next) {
    }

    /** Pending calls due now, the longest overdue first. */
    public List<CallRow> due(int limit) {
        return due(null, List.of(), limit).rows();
    }

    /**
     * A page of pending calls due now, the longest overdue first, after {@code after} (null: from the
     * start); only those of {@code customerIds} unless it is empty.
     */
    public Page due(Cursor after, Collection<Long> customerIds, int size) {
        return page("next_try_at <= ?", after, customerIds, size);
    }

    /** Agreed call-back times still to come, soonest first. */
    public List<CallRow> callBacks(int limit) {
        return callBacks(List.of(), limit);
    }

    /** Agreed call-back times still to come, soonest first; only those of {@code customerIds} unless it is empty. */
    public List<CallRow> callBacks(Collection<Long> customerIds, int limit) {
        return page("call_back and next_try_at > ?", null, customerIds, limit).rows();
    }

    /**
     * How many calls are due now, counted no further than {@code cap}: an exact count would read every
     * due row of a deep queue on every page view; nobody needs to know 48,213 from 48,214.
     */
    public long dueCount(int cap) {
        return jdbc.sql("""
                select count(*) from (select 1 from follow_up_call where status = 'PENDING' and next_try_at <= ? limit ?) due""")
                .params(Timestamp.from(clock.instant()), cap).query(Long.class).single();
    }

    private Page page(String condition, Cursor after, Collection<Long> customerIds, int size) {
        StringBuilder sql = new StringBuilder("select * from follow_up_call where status = 'PENDING' and ").append(condition);
        List<Object> params = new java.util.ArrayList<>(List.of(Timestamp.from(clock.instant())));
        if (after != null) {
            sql.append(" and (next_try_at, id) > (?, ?)");
            params.add(Timestamp.from(after.nextTryAt()));
            params.add(after.id());
        }
        if (!customerIds.isEmpty()) {
            sql.append(" and customer_id = any(?)");
            params.add(customerIds.toArray(Long[]::new));
        }
        sql.append(" order by next_try_at, id limit ?");
        params.add(size + 1);
        List<CallRow> rows = jdbc.sql(sql.toString()).params(params).query(CallRow::of).list();
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        List<CallRow> shown = rows.subList(0, size);
        CallRow last = shown.get(size - 1);
        return new Page(List.copyOf(shown), new Cursor(last.nextTryAt(), last.id()));
    }

    /**
     * For the quality manager: held calls (do not call, no phone), then the last 30 days' unreachable or
     * refused ones. Two queries on their own partial indexes: one OR over the whole table read a million
     * completed calls.
     */
    public List<CallRow> needingAttention(int limit) {
        List<CallRow> rows = new java.util.ArrayList<>(jdbc.sql("""
                select * from follow_up_call where status in ('DO_NOT_CALL', 'NO_PHONE') order by created_at desc limit ?""")
                .param(limit).query(CallRow::of).list());
        rows.addAll(jdbc.sql("""
                select * from follow_up_call where status in ('UNREACHABLE', 'REFUSED') and ended_at > ?
                order by ended_at desc limit ?""")
                .params(Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(30))), Math.max(0, limit - rows.size()))
                .query(CallRow::of).list());
        return rows;
    }

    public List<CallUnit> unitsOf(Collection<Long> callIds) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from follow_up_call_unit where call_id = any(?) order by call_id, completed_on, equipment_id")
                .param(callIds.toArray(Long[]::new))
                .query((rs, i) -> new CallUnit(rs.getLong("call_id"), rs.getLong("equipment_id"),
                        rs.getObject("completed_on", java.time.LocalDate.class), ids(rs.getArray("installer_ids")),
                        ids(rs.getArray("seller_ids"))))
                .list();
    }

    /**
     * The call for this caller, if it is pending and nobody else holds it: the lease is taken (or
     * renewed). Empty when another caller got there first.
     */
    @Transactional
    public Optional<CallRow> claim(long callId, long staffId) {
        changes.changed();
        Instant now = clock.instant();
        return jdbc.sql("""
                update follow_up_call set claimed_by = ?, claimed_until = ?
                where id = (select id from follow_up_call where id = ? and status = 'PENDING'
                              and (claimed_by is null or claimed_by = ? or claimed_until <= ?)
                            for update skip locked)
                returning *""")
                .params(staffId, Timestamp.from(now.plus(rules.claimLease())), callId, staffId, Timestamp.from(now))
                .query(CallRow::of).optional();
    }

    /** The first due call nobody holds, claimed for this caller. */
    @Transactional
    public Optional<CallRow> claimNext(long staffId) {
        changes.changed();
        Instant now = clock.instant();
        return jdbc.sql("""
                update follow_up_call set claimed_by = ?, claimed_until = ?
                where id = (select id from follow_up_call where status = 'PENDING' and next_try_at <= ?
                              and (claimed_by is null or claimed_by = ? or claimed_until <= ?)
                            order by next_try_at, id limit 1 for update skip locked)
                returning *""")
                .params(staffId, Timestamp.from(now.plus(rules.claimLease())), Timestamp.from(now), staffId, Timestamp.from(now))
                .query(CallRow::of).optional();
    }

    /** Gives the call back to the queue. */
    @Transactional
    public void release(long callId, long staffId) {
        changes.changed();
        jdbc.sql("update follow_up_call set claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
                .params(callId, staffId).update();
    }

    private static Set<Long> ids(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((Long[]) array.getArray()));
    }
}
