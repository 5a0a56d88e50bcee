package ir.shenava.notifications.internal;

import java.time.Clock;
import java.util.List;

import ir.shenava.cases.AssignmentEnded;
import ir.shenava.cases.CaseAssigned;
import ir.shenava.cases.CaseEscalated;
import ir.shenava.cases.CaseOpened;
import ir.shenava.cases.CaseReminder;
import ir.shenava.cases.CustomerNotSatisfied;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.HandlingRated;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import ir.shenava.surveys.FollowUpCallUnreachable;
import ir.shenava.surveys.SurveyReviewDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the cases module's events into notifications for the staff member concerned: a row in the
 * in-app list and, after it, a mail ({@link StaffMail}). The row's unique event key makes a
 * redelivered event a no-op: it is the assignment, the milestone and its due time, or the moment
 * of the event — whatever tells two real events of one kind on one case apart.
 */
@Component
class StaffAlerts {

    private final StaffNotifications notifications;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ComplaintFollowUp complaints;

    StaffAlerts(StaffNotifications notifications, StaffDirectory staff, ApplicationEventPublisher events, Clock clock,
                ComplaintFollowUp complaints) {
        this.complaints = complaints;
        this.notifications = notifications;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseOpened e) {
        if (e.ownerId() != null) {
            notify(e.ownerId(), NotificationKind.CASE_OPENED, e.caseId(), e.trackingCode(), "", List.of(e.subject()));
        }
    }

    @ApplicationModuleListener
    void on(CaseAssigned e) {
        notify(e.toStaffId(), NotificationKind.ASSIGNED, e.caseId(), e.trackingCode(), "a" + e.assignmentId(),
                List.of(name(e.fromStaffId()), e.followUpOn().toString(), e.instructions()));
    }

    /** Reported done: the delegator hears of it. Taken back: the delegate does (the delegator knows). */
    @ApplicationModuleListener
    void on(AssignmentEnded e) {
        if (e.takenBack()) {
            notify(e.toStaffId(), NotificationKind.TASK_TAKEN_BACK, e.caseId(), e.trackingCode(), "a" + e.assignmentId(),
                    List.of(name(e.fromStaffId())));
        } else {
            notify(e.fromStaffId(), NotificationKind.TASK_RETURNED, e.caseId(), e.trackingCode(), "a" + e.assignmentId(),
                    List.of(name(e.toStaffId())));
        }
    }

    @ApplicationModuleListener
    void on(CaseReminder e) {
        String due = e.dueAt() == null ? "" : e.dueAt().toString();
        switch (e.kind()) {
            case FOLLOW_UP_DUE -> notify(e.staffId(), NotificationKind.FOLLOW_UP_DUE, e.caseId(), e.trackingCode(),
                    "f" + due, List.of(due));
            case DUE_SOON, OVERDUE -> notify(e.staffId(),
                    e.kind() == CaseReminder.Kind.DUE_SOON ? NotificationKind.DUE_SOON : NotificationKind.OVERDUE,
                    e.caseId(), e.trackingCode(), e.milestone() + "@" + due,
                    List.of(e.milestone() == null ? "" : "notification.milestone." + e.milestone().name(), due));
        }
    }

    @ApplicationModuleListener
    void on(CaseEscalated e) {
        notify(e.toStaffId(), NotificationKind.ESCALATED, e.caseId(), e.trackingCode(),
                e.level() + ":" + e.reason() + "@" + e.at(),
                List.of(String.valueOf(e.level()), "notification.reason." + e.reason().name()));
    }

    @ApplicationModuleListener
    void on(CustomerNotSatisfied e) {
        if (e.ownerId() != null) {
            notify(e.ownerId(), NotificationKind.NOT_SATISFIED, e.caseId(), e.trackingCode(), "@" + e.at(),
                    List.of(e.comment() == null || e.comment().isBlank() ? "—" : e.comment()));
        }
    }

    /**
     * A handling rated 1 or 2 of 5: the manager of the case's owner hears of it (issue 12 §4), once per
     * rating — the same rating published again with the complainant's comment adds nothing.
     */
    @ApplicationModuleListener
    void on(HandlingRated e) {
        if (e.rating() > 2) {
            return;
        }
        complaints.summary(e.complaintId()).filter(c -> c.ownerId() != null).ifPresent(c ->
                staff.managersOf(new StaffId(c.ownerId())).stream().filter(StaffSummary::active).findFirst().ifPresent(m ->
                        notify(m.id().value(), NotificationKind.LOW_HANDLING_RATING, c.id(), c.trackingCode(),
                                "@" + e.ratedAt(), List.of(String.valueOf(e.rating()),
                                        e.comment() == null || e.comment().isBlank() ? "—" : e.comment()))));
    }

    /** A survey waits for this reviewer: the survey's id stands in the case's column, with no tracking code. */
    @ApplicationModuleListener
    void on(SurveyReviewDue e) {
        notify(e.staffId(), NotificationKind.SURVEY_REVIEW_DUE, e.surveyId(), "", "review",
                List.of(e.completedAt().atZone(ir.shenava.shared.JalaliDate.TEHRAN).toLocalDate().toString()));
    }

    /** A follow-up call ended unreachable: every quality manager hears of it (issue 12 §2), once per call. */
    @ApplicationModuleListener
    void on(FollowUpCallUnreachable e) {
        for (StaffSummary quality : staff.activeWithRole(Role.QUALITY_MANAGER)) {
            notify(quality.id().value(), NotificationKind.CALL_UNREACHABLE, e.callId(), "", "unreachable",
                    List.of(e.customerName(), String.valueOf(e.attempts())));
        }
    }

    private void notify(long staffId, NotificationKind kind, long caseId, String trackingCode, String eventKey,
                        List<String> params) {
        notifications.record(staffId, kind, caseId, trackingCode, eventKey, params, clock.instant())
                .ifPresent(id -> events.publishEvent(new StaffNotified(id)));
    }

    private String name(long staffId) {
        return staff.find(new StaffId(staffId)).map(StaffSummary::fullName).orElse("—");
    }
}
