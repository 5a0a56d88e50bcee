package ir.shenava.analytics.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.shenava.calendar.WorkCalendars;
import ir.shenava.cases.CaseClosed;
import ir.shenava.cases.CaseFigures;
import ir.shenava.cases.CaseOpened;
import ir.shenava.cases.CaseStateChanged;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.ComplaintSummary;
import ir.shenava.intake.HandlingRated;
import ir.shenava.shared.WorkCalendar;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.ReasonSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code analytics_complaint}: on every event about a complaint its row is rewritten whole
 * from intake's and the cases module's public queries. A redelivered, late or out-of-order event
 * therefore changes nothing or brings the row up to date, and a reopened case is counted as it
 * stands now. Refreshes of one complaint are serialised by a transaction-scoped advisory lock, so
 * the last to commit has read the newest state. The table's triggers (V105) move the change counters
 * of every quarter the rewrite touches, old and new, so the stored figures of those quarters are
 * computed again at their next view.
 */
@Component
public class ComplaintProjection {

    /** Class of the two-key advisory locks of this projection (distinct from one-key cluster locks). */
    private static final int LOCK_CLASS = 55;

    private final JdbcClient jdbc;
    private final ComplaintFollowUp complaints;
    private final CaseFigures cases;
    private final DissatisfactionReasons reasons;
    private final StaffDirectory staff;
    private final WorkCalendars calendars;
    private final Clock clock;

    ComplaintProjection(JdbcClient jdbc, ComplaintFollowUp complaints, CaseFigures cases, DissatisfactionReasons reasons,
                        StaffDirectory staff, WorkCalendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.cases = cases;
        this.reasons = reasons;
        this.staff = staff;
        this.calendars = calendars;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ComplaintRegistered e) {
        refresh(e.complaintId());
    }

    @ApplicationModuleListener
    void on(CaseOpened e) {
        refresh(e.caseId());
    }

    @ApplicationModuleListener
    void on(CaseStateChanged e) {
        refresh(e.caseId());
    }

    @ApplicationModuleListener
    void on(CaseClosed e) {
        refresh(e.caseId());
    }

    /** The rating is read back from intake with the rest: the latest one wins, and a rebuild finds it too. */
    @ApplicationModuleListener
    void on(HandlingRated e) {
        refresh(e.complaintId());
    }

    /** Rewrites the complaint's row from the public queries; nothing when intake does not know it. */
    @Transactional
    public void refresh(long complaintId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_CLASS, (int) complaintId).query(Object.class).list();
        Optional<ComplaintSummary> found = complaints.summary(complaintId);
        if (found.isEmpty()) {
            return;
        }
        ComplaintSummary c = found.get();
        Optional<CaseFigures.Facts> kase = cases.of(complaintId);
        Long ownerId = kase.map(CaseFigures.Facts::ownerId).orElse(c.ownerId());
        String department = ownerId == null ? null
                : staff.find(new StaffId(ownerId)).map(StaffSummary::departmentCode).orElse(null);
        CaseFigures.Facts f = kase.orElse(null);
        WorkCalendar calendar = calendars.current();
        Integer ackMinutes = f == null ? null : minutes(calendar, f.openedAt(), f.acknowledgedAt());
        Integer resolveMinutes = f == null ? null : minutes(calendar, f.openedAt(), f.communicatedAt());
        Instant closedAt = f == null || f.state().isOpen() ? null : f.closedAt();
        List<String> caseReasons = reasons.recordedFor(ReasonSource.CASE, complaintId);
        Integer rating = complaints.handlingRating(complaintId).map(HandlingRated::rating).orElse(null);
        jdbc.sql("""
                insert into analytics_complaint (complaint_id, tracking_code, channel, category_code, received_at, quarter_key,
                    owner_id, department_code, state, priority, acknowledged_at, acknowledge_due_at, communicated_at,
                    resolution_due_at, closed_at, closed_quarter_key, acknowledge_minutes, resolve_minutes,
                    customer_satisfied, reopened, case_reasons, handling_rating, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (complaint_id) do update set tracking_code = excluded.tracking_code, channel = excluded.channel,
                    category_code = excluded.category_code, received_at = excluded.received_at,
                    quarter_key = excluded.quarter_key, owner_id = excluded.owner_id,
                    department_code = excluded.department_code, state = excluded.state, priority = excluded.priority,
                    acknowledged_at = excluded.acknowledged_at, acknowledge_due_at = excluded.acknowledge_due_at,
                    communicated_at = excluded.communicated_at, resolution_due_at = excluded.resolution_due_at,
                    closed_at = excluded.closed_at, closed_quarter_key = excluded.closed_quarter_key,
                    acknowledge_minutes = excluded.acknowledge_minutes, resolve_minutes = excluded.resolve_minutes,
                    customer_satisfied = excluded.customer_satisfied, reopened = excluded.reopened,
                    case_reasons = excluded.case_reasons, handling_rating = excluded.handling_rating,
                    updated_at = excluded.updated_at""")
                .params(complaintId, c.trackingCode(), c.channel().name(), c.categoryCode(), ts(c.receivedAt()),
                        Quarters.keyOf(c.receivedAt()), ownerId, department,
                        f == null ? null : f.state().name(), f == null ? null : f.priority().name(),
                        f == null ? null : ts(f.acknowledgedAt()), f == null ? null : ts(f.acknowledgeDueAt()),
                        f == null ? null : ts(f.communicatedAt()), f == null ? null : ts(f.resolutionDueAt()),
                        ts(closedAt), closedAt == null ? null : Quarters.keyOf(closedAt), ackMinutes, resolveMinutes,
                        f == null ? null : f.customerSatisfied(), f != null && f.reopened(),
                        caseReasons.toArray(String[]::new), rating, ts(clock.instant()))
                .update();
    }

    private static Integer minutes(WorkCalendar calendar, Instant from, Instant to) {
        return from == null || to == null ? null : (int) calendar.workingTimeBetween(from, to).toMinutes();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
