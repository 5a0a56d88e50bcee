package ir.shenava.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import ir.shenava.cases.CaseEscalated;
import ir.shenava.cases.CaseReminder;
import ir.shenava.shared.WorkCalendar;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA job: reminds owners before a milestone is due, and when it is overdue reminds them again
 * and escalates to their manager, then — still overdue a working day later — to the CEO; reminds
 * delegators when a follow-up date has come. It runs on one app node at a time (ShedLock), and
 * every signal is first written to {@code case_sla_signal} with INSERT … ON CONFLICT DO NOTHING in
 * the same transaction as what it does, and done only when that insert made the row: even two
 * runs at once (an expired lock, a test) send each reminder and escalation exactly once.
 */
@Component
public class SlaWatch {

    private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);

    private final CaseJournal journal;
    private final CaseWork work;
    private final FollowUpReminders followUps;
    private final SlaTargets sla;
    private final SlaSignal.Windows windows;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    SlaWatch(CaseJournal journal, CaseWork work, FollowUpReminders followUps, SlaTargets sla, StaffDirectory staff, JdbcClient jdbc,
             TransactionTemplate tx, Clock clock,
             @Value("${shenava.cases.escalate-to-ceo-after:PT8H}") Duration ceoAfter) {
        this.journal = journal;
        this.work = work;
        this.followUps = followUps;
        this.sla = sla;
        this.windows = new SlaSignal.Windows(sla.warning(), ceoAfter);
        this.staff = staff;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shenava.cases.sla-check-interval:PT1M}",
            initialDelayString = "${shenava.cases.sla-check-interval:PT1M}")
    @SchedulerLock(name = "cases-sla-watch", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
    public void onSchedule() {
        runOnce();
    }

    /** One pass over the open cases and the delegations; returns how many reminders and escalations it sent. */
    public int runOnce() {
        Instant now = clock.instant();
        WorkCalendar calendar = sla.calendar();
        int sent = 0;
        for (long caseId : casesNear(now, calendar)) {
            sent += inOwnTransaction(() -> watch(caseId, now, calendar), "case " + caseId);
        }
        for (FollowUpReminders.FollowUp f : followUps.due(LocalDate.now(clock))) {
            sent += inOwnTransaction(() -> followUps.remind(f, now), "assignment " + f.assignmentId());
        }
        if (sent > 0) {
            log.info("SLA check sent {} reminders and escalations", sent);
        }
        return sent;
    }

    /**
     * Open cases whose next milestone is due before the warning window ends, except those already
     * escalated to the CEO for it — so an old overdue case is not read again every minute.
     */
    private List<Long> casesNear(Instant now, WorkCalendar calendar) {
        Instant horizon = calendar.nextWorkingMoment(calendar.addWorkingTime(now, windows.dueSoon()).plusMillis(1));
        return jdbc.sql("""
                        select id from (
                            select c.id,
                                   case when c.acknowledged_at is null then 'ACKNOWLEDGE'
                                        when c.first_contact_at is null then 'FIRST_CONTACT'
                                        when c.communicated_at is null then 'RESOLUTION' end as milestone,
                                   case when c.acknowledged_at is null then c.acknowledge_due_at
                                        when c.first_contact_at is null then c.first_contact_due_at
                                        else c.resolution_due_at end as due_at
                            from complaint_case c
                            where c.state not in ('CLOSED', 'REJECTED')
                        ) n
                        where n.milestone is not null and n.due_at <= ?
                          and not exists (select 1 from case_sla_signal s
                                          where s.case_id = n.id and s.kind = 'TO_CEO:' || n.milestone)
                        order by n.due_at""")
                .param(Timestamp.from(horizon)).query(Long.class).list();
    }

    private int watch(long caseId, Instant now, WorkCalendar calendar) {
        ComplaintCase c = journal.find(caseId);
        int sent = 0;
        for (SlaSignal signal : SlaSignal.owed(c, now, calendar, windows)) {
            boolean nobodyToRemind = signal.kind() == SlaSignal.Kind.DUE_SOON && c.getOwnerId() == null;
            if (!nobodyToRemind && recorded(caseId, signal, now)) {
                sent += act(c, signal, now);
            }
        }
        return sent;
    }

    /** True only for the one run whose insert made the row; the others find it and do nothing. */
    private boolean recorded(long caseId, SlaSignal signal, Instant now) {
        return jdbc.sql("insert into case_sla_signal (case_id, kind, sent_at) values (?, ?, ?) on conflict do nothing")
                .params(caseId, signal.key(), Timestamp.from(now)).update() == 1;
    }

    private int act(ComplaintCase c, SlaSignal signal, Instant now) {
        return switch (signal.kind()) {
            case DUE_SOON -> remindOwner(c, CaseReminder.Kind.DUE_SOON, signal, now);
            case OVERDUE -> remindOwner(c, CaseReminder.Kind.OVERDUE, signal, now) + escalateAboveOwner(c, signal, now);
            case TO_CEO -> ceo().filter(ceo -> !isOwner(c, ceo)).map(ceo -> escalate(c, ceo, 2)).orElse(0);
        };
    }

    private int remindOwner(ComplaintCase c, CaseReminder.Kind kind, SlaSignal signal, Instant now) {
        if (c.getOwnerId() == null) {
            return 0;
        }
        journal.publish(new CaseReminder(c.getId(), c.getTrackingCode(), c.getOwnerId(), kind, signal.milestone(),
                signal.dueAt(), now));
        return 1;
    }

    /**
     * Level 1 is the owner's nearest active manager. When that is the CEO — or there is no such
     * manager, or no owner — the CEO is told now, and that counts as this milestone's level 2.
     */
    private int escalateAboveOwner(ComplaintCase c, SlaSignal overdue, Instant now) {
        Optional<StaffSummary> manager = c.getOwnerId() == null ? Optional.empty()
                : staff.managersOf(new StaffId(c.getOwnerId())).stream().filter(StaffSummary::active).findFirst();
        Optional<StaffSummary> to = manager.or(this::ceo).filter(m -> !isOwner(c, m));
        if (to.isEmpty()) {
            return 0;
        }
        if (!to.get().hasRole(Role.CEO)) {
            return escalate(c, to.get(), 1);
        }
        SlaSignal toCeo = new SlaSignal(SlaSignal.Kind.TO_CEO, overdue.milestone(), overdue.dueAt());
        return recorded(c.getId(), toCeo, now) ? escalate(c, to.get(), 2) : 0;
    }

    private int escalate(ComplaintCase c, StaffSummary to, int level) {
        work.escalate(c, null, to, level, CaseEscalated.Reason.OVERDUE);
        return 1;
    }

    private Optional<StaffSummary> ceo() {
        return staff.activeWithRole(Role.CEO).stream().findFirst();
    }

    private static boolean isOwner(ComplaintCase c, StaffSummary person) {
        return Long.valueOf(person.id().value()).equals(c.getOwnerId());
    }

    /** A failure (say a case changed meanwhile) rolls its signals back; the next run tries that case again. */
    private int inOwnTransaction(Supplier<Integer> step, String what) {
        try {
            Integer sent = tx.execute(status -> step.get());
            return sent == null ? 0 : sent;
        } catch (RuntimeException e) {
            log.warn("SLA check of {} failed; the next run tries again", what, e);
            return 0;
        }
    }
}
