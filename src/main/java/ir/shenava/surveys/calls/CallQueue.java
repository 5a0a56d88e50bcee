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

    /** Pending calls due now, the longest overdue first. */
    public List<CallRow> due(int limit) {
        return jdbc.sql("select * from follow_up_call where status = 'PENDING' and next_try_at <= ? order by next_try_at, id limit ?")
                .params(Timestamp.from(clock.instant()), limit).query(CallRow::of).list();
    }

    public long dueCount() {
        return jdbc.sql("select count(*) from follow_up_call where status = 'PENDING' and next_try_at <= ?")
                .param(Timestamp.from(clock.instant())).query(Long.class).single();
    }

    /** Agreed call-back times still to come, soonest first. */
    public List<CallRow> callBacks(int limit) {
        return jdbc.sql("""
                select * from follow_up_call where status = 'PENDING' and call_back and next_try_at > ?
                order by next_try_at, id limit ?""").params(Timestamp.from(clock.instant()), limit).query(CallRow::of).list();
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
