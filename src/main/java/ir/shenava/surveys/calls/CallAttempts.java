package ir.shenava.surveys.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.shenava.calendar.WorkCalendars;
import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.shared.WorkCalendar;
import ir.shenava.surveys.FollowUpCallEnded;
import ir.shenava.surveys.FollowUpCallUnreachable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every attempt at a call and what follows from it: a retry some working time later, an agreed
 * call-back, another contact, or the end — refused, or unreachable once the attempts allowed are used
 * up (the quality manager sees those on /calls and is told: {@link FollowUpCallUnreachable}). Each end
 * publishes {@link FollowUpCallEnded} once:
 * the status change from an open state is guarded by the row lock.
 */
@Service
public class CallAttempts {

    /** One logged attempt, for the call's history. */
    public record Attempt(long callerId, Long contactId, AttemptOutcome outcome, Instant callBackAt, String note, Instant at) {
    }

    private final QueueChanges changes;
    private final JdbcClient jdbc;
    private final CallRules rules;
    private final WorkCalendars calendars;
    private final CustomerDirectory customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallAttempts(JdbcClient jdbc, CallRules rules, WorkCalendars calendars, CustomerDirectory customers,
                 ApplicationEventPublisher events, Clock clock, QueueChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.rules = rules;
        this.calendars = calendars;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Logs an attempt by the caller holding the call.
     *
     * @param callBackAt    the agreed time, for {@link AttemptOutcome#CALL_BACK}
     * @param nextContactId the contact to try next, for a wrong number or a contact who left
     * @return the call's status afterwards
     */
    @Transactional
    public CallStatus log(long callId, long staffId, AttemptOutcome outcome, Instant callBackAt, Long nextContactId,
                          String note) {
        changes.changed();
        return log(callId, staffId, outcome, callBackAt, nextContactId, note, clock.instant());
    }

    /** As {@link #log}, at a given moment: the demo data records a year of calls at their own times. */
    CallStatus log(long callId, long staffId, AttemptOutcome outcome, Instant callBackAt, Long nextContactId,
                   String note, Instant now) {
        CallRow call = lockedOpen(callId);
        if (!call.claimedBy(staffId, now)) {
            throw new CallRuleException("call.notClaimed");
        }
        if (outcome == AttemptOutcome.CALL_BACK && (callBackAt == null || !callBackAt.isAfter(now))) {
            throw new CallRuleException("call.callBack.invalid");
        }
        jdbc.sql("insert into call_attempt (call_id, caller_id, contact_id, outcome, call_back_at, note, at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(callId, staffId, call.contactId(), outcome.name(), callBackAt == null ? null : Timestamp.from(callBackAt),
                        blankToNull(note), Timestamp.from(now))
                .update();
        jdbc.sql("update follow_up_call set attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, ?) where id = ?")
                .params(Timestamp.from(now), callId).update();
        switch (outcome) {
            case ANSWERED -> {
                return CallStatus.PENDING;   // the caller goes on to the questions, still holding the call
            }
            case CALL_BACK -> {
                jdbc.sql("""
                        update follow_up_call set next_try_at = ?, call_back = true, claimed_by = null, claimed_until = null
                        where id = ?""").params(Timestamp.from(callBackAt), callId).update();
                return CallStatus.PENDING;
            }
            case REFUSED -> {
                return end(callId, CallStatus.REFUSED, now);
            }
            default -> {
                return failed(call, outcome, nextContactId, now);
            }
        }
    }

    private CallStatus failed(CallRow call, AttemptOutcome outcome, Long nextContactId, Instant now) {
        WorkCalendar calendar = calendars.current();
        int failedAttempts = jdbc.sql("""
                select count(*) from call_attempt where call_id = ?
                and outcome in ('NO_ANSWER', 'BUSY', 'WRONG_NUMBER', 'CONTACT_GONE')""").param(call.id()).query(Integer.class).single();
        Instant first = call.firstAttemptAt() == null ? now : call.firstAttemptAt();
        Instant retry = rules.retryAt(now, calendar);
        if (rules.exhausted(failedAttempts, first, retry, calendar)) {
            return end(call.id(), CallStatus.UNREACHABLE, now);
        }
        Long contact = call.contactId();
        if (outcome.contactUnusable()) {
            contact = nextContact(call, nextContactId).orElse(null);
            if (contact == null) {
                jdbc.sql("""
                        update follow_up_call set status = 'NO_PHONE', contact_id = null, claimed_by = null, claimed_until = null
                        where id = ?""").param(call.id()).update();
                return CallStatus.NO_PHONE;
            }
        }
        jdbc.sql("""
                update follow_up_call set next_try_at = ?, call_back = false, contact_id = ?, claimed_by = null, claimed_until = null
                where id = ?""").params(Timestamp.from(retry), contact, call.id()).update();
        return CallStatus.PENDING;
    }

    /** The contact chosen by the caller (one of the customer's, with a phone), else the next reachable one not tried wrong. */
    private Optional<Long> nextContact(CallRow call, Long chosen) {
        List<ContactSummary> all = customers.contactsOf(new CustomerId(call.customerId()));
        if (chosen != null) {
            return all.stream().filter(c -> c.id().value() == chosen && CallScheduling.reachable(c)).map(c -> c.id().value())
                    .findFirst();
        }
        List<Long> unusable = jdbc.sql("""
                select contact_id from call_attempt where call_id = ? and contact_id is not null
                and outcome in ('WRONG_NUMBER', 'CONTACT_GONE')""").param(call.id()).query(Long.class).list();
        return all.stream().filter(CallScheduling::reachable).map(c -> c.id().value()).filter(id -> !unusable.contains(id))
                .findFirst();
    }

    /** The quality manager ends a call: a held one as "not called", an open one as cancelled. */
    @Transactional
    public CallStatus endByQualityManager(long callId) {
        changes.changed();
        CallRow call = lockedOpen(callId);
        return end(callId, call.status().held() ? CallStatus.NOT_CALLED : CallStatus.CANCELLED, clock.instant());
    }

    /** Ends an open call (locked by the caller of this method) and publishes its end. */
    CallStatus end(long callId, CallStatus status, Instant now) {
        changes.changed();
        CallRow call = jdbc.sql("""
                update follow_up_call set status = ?, ended_at = ?, claimed_by = null, claimed_until = null
                where id = ? and status in ('PENDING', 'DO_NOT_CALL', 'NO_PHONE') returning *""")
                .params(status.name(), Timestamp.from(now), callId).query(CallRow::of).optional()
                .orElseThrow(() -> new CallRuleException("call.ended"));
        events.publishEvent(new FollowUpCallEnded(callId, call.customerId(), status.outcome(), call.attempts(), call.dueAt(), now));
        if (status == CallStatus.UNREACHABLE) {
            String name = customers.find(new CustomerId(call.customerId())).map(c -> c.name()).orElse("—");
            events.publishEvent(new FollowUpCallUnreachable(callId, call.customerId(), name, call.attempts(), now));
        }
        return status;
    }

    public List<Attempt> of(long callId) {
        return jdbc.sql("select * from call_attempt where call_id = ? order by at, id").param(callId)
                .query((rs, i) -> new Attempt(rs.getLong("caller_id"), (Long) rs.getObject("contact_id"),
                        AttemptOutcome.valueOf(rs.getString("outcome")),
                        rs.getTimestamp("call_back_at") == null ? null : rs.getTimestamp("call_back_at").toInstant(),
                        rs.getString("note"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    CallRow lockedOpen(long callId) {
        CallRow call = jdbc.sql("select * from follow_up_call where id = ? for update").param(callId).query(CallRow::of)
                .optional().orElseThrow(() -> new CallRuleException("call.notFound"));
        if (call.status().ended()) {
            throw new CallRuleException("call.ended");
        }
        return call;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : ir.shenava.shared.PersianText.normalizeText(s.strip());
    }
}
