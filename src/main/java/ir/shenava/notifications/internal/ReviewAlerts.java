package ir.shenava.notifications.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ir.shenava.analytics.ReviewActionReminder;
import ir.shenava.analytics.ReviewDraftPrepared;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The quarterly management review's news as staff notifications, so that they are mailed as case
 * notifications are (each person may turn a kind's mail off): the quarter-end draft to the quality
 * managers and the CEO, an action's reminder to the person it names. Analytics keeps its own notices
 * beside its pages; these are the mail (and the row in the notification list).
 */
@Component
class ReviewAlerts {

    private final StaffNotifications notifications;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewAlerts(StaffNotifications notifications, StaffDirectory staff, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReviewDraftPrepared e) {
        JalaliQuarter quarter = JalaliQuarter.parse(e.quarter());
        Set<Long> told = new LinkedHashSet<>();
        for (Role role : new Role[] {Role.QUALITY_MANAGER, Role.CEO}) {
            staff.activeWithRole(role).stream().map(StaffSummary::id).forEach(s -> told.add(s.value()));
        }
        for (long staffId : told) {
            notify(staffId, NotificationKind.REVIEW_DRAFT_PREPARED, e.reviewId(), "draft",
                    List.of(String.valueOf(quarter.year()), String.valueOf(quarter.quarter())));
        }
    }

    @ApplicationModuleListener
    void on(ReviewActionReminder e) {
        notify(e.staffId(), NotificationKind.REVIEW_ACTION_DUE, e.actionId(), e.kind().name() + ":" + e.dueOn(),
                List.of("analytics.mail.reminder." + e.kind().name(), e.dueOn().toString()));
    }

    private void notify(long staffId, NotificationKind kind, long id, String eventKey, List<String> params) {
        notifications.record(staffId, kind, id, "", eventKey, params, clock.instant())
                .ifPresent(n -> events.publishEvent(new StaffNotified(n)));
    }
}
