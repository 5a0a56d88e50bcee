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

    private final JdbcClient jdbc;
    private final CallRules rules;
    private final Clock clock;

    CallQueue(JdbcClient jdbc, CallRules rules, Clock clock) {
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
     * The queue's first view: a page of due calls, the call-backs still to come and, when {@code attentionSize}
     * is above zero, the calls needing the quality manager's attention, with the due count (capped) — in one
     * statement, each list off its own partial index as {@link #due}, {@link #callBacks},
     * {@link #needingAttention} and {@link #dueCount} read them one by one.
     *
     * @param customerIds only these customers' calls (empty: everybody's; then no attention list and no count
     *                    is asked for: the count is the due page's size)
     */
    public FirstView firstView(Collection<Long> customerIds, int dueSize, int callBackSize, int attentionSize, int countCap) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean filtered = !customerIds.isEmpty();
        String customers = filtered ? " and customer_id = any(?)" : "";
        Long[] ids = customerIds.toArray(Long[]::new);
        List<Object> params = new java.util.ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                with due as (select *, 1 as list, row_number() over (order by next_try_at, id) as pos
                             from (select * from follow_up_call where status = 'PENDING' and next_try_at <= ?""")
                .append(customers).append(" order by next_try_at, id limit ?) d),\n");
        params.add(now);
        if (filtered) {
            params.add(ids);
        }
        params.add(dueSize + 1);
        sql.append("""
                call_backs as (select *, 2 as list, row_number() over (order by next_try_at, id) as pos
                               from (select * from follow_up_call where status = 'PENDING' and call_back and next_try_at > ?""")
                .append(customers).append(" order by next_try_at, id limit ?) c)");
        params.add(now);
        if (filtered) {
            params.add(ids);
        }
        params.add(callBackSize);
        String rows = "select * from due union all select * from call_backs";
        if (attentionSize > 0) {
            // held calls first, then the last 30 days' unreachable or refused ones (trimmed to the size below)
            sql.append("""
                    ,
                    held as (select *, 3 as list, row_number() over (order by created_at desc) as pos
                             from (select * from follow_up_call where status in ('DO_NOT_CALL', 'NO_PHONE')
                                   order by created_at desc limit ?) h),
                    ended as (select *, 4 as list, row_number() over (order by ended_at desc) as pos
                              from (select * from follow_up_call where status in ('UNREACHABLE', 'REFUSED') and ended_at > ?
                                    order by ended_at desc limit ?) e)""");
            params.add(attentionSize);
            params.add(Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(30))));
            params.add(attentionSize);
            rows += " union all select * from held union all select * from ended";
        }
        if (filtered) {
            sql.append("\nselect r.*, 0 as due_count from (").append(rows).append(") r order by list, pos");
        } else {
            sql.append("""
                    ,
                    counted as (select count(*) as due_count
                                from (select 1 from follow_up_call where status = 'PENDING' and next_try_at <= ? limit ?) n)
                    select r.*, counted.due_count from (""").append(rows).append(") r cross join counted order by list, pos");
            params.add(now);
            params.add(countCap);
        }
        List<List<CallRow>> lists = List.of(new java.util.ArrayList<>(), new java.util.ArrayList<>(),
                new java.util.ArrayList<>(), new java.util.ArrayList<>());
        long[] dueCount = {0};
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            lists.get(rs.getInt("list") - 1).add(CallRow.of(rs, rs.getRow()));
            dueCount[0] = rs.getLong("due_count");
        });
        List<CallRow> due = lists.get(0);
        Cursor next = null;
        if (due.size() > dueSize) {
            due = due.subList(0, dueSize);
            next = new Cursor(due.get(dueSize - 1).nextTryAt(), due.get(dueSize - 1).id());
        }
        List<CallRow> attention = new java.util.ArrayList<>(lists.get(2));
        attention.addAll(lists.get(3));
        return new FirstView(new Page(List.copyOf(due), next), List.copyOf(lists.get(1)),
                List.copyOf(attention.subList(0, Math.min(attention.size(), attentionSize))),
                filtered ? due.size() : dueCount[0]);
    }

    /** The lists of the queue's first view and the due count (capped; the due page's size when filtered). */
    public record FirstView(Page due, List<CallRow> callBacks, List<CallRow> attention, long dueCount) {
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
        jdbc.sql("update follow_up_call set claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
                .params(callId, staffId).update();
    }

    private static Set<Long> ids(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((Long[]) array.getArray()));
    }
}
