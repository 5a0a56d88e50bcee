package ir.shenava.analytics.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import ir.shenava.analytics.ReviewActionReminder;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds an action's owner a few days before its due date, and once it is overdue reminds him
 * again and escalates to his manager (the quality manager when he has none) — like case tasks.
 * Each reminder is a notice written once (unique key), so a second run or node sends nothing more.
 */
@Component
public class ActionWatch {

    private final ManagementReviews reviews;
    private final Notices notices;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int daysBefore;

    ActionWatch(ManagementReviews reviews, Notices notices, StaffDirectory staff, ApplicationEventPublisher events,
                TransactionTemplate tx, Clock clock, @Value("${shenava.analytics.remind-days-before:3}") int daysBefore) {
        this.reviews = reviews;
        this.notices = notices;
        this.staff = staff;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${shenava.analytics.action-check-cron:0 20 * * * *}", zone = "Asia/Tehran")
    @SchedulerLock(name = "analytics-action-watch", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void onSchedule() {
        runOnce();
    }

    /** How many notices this run wrote. */
    public int runOnce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), JalaliDate.TEHRAN);
        List<Review.Action> due = reviews.openActionsDueBy(today.plusDays(daysBefore));
        Integer sent = tx.execute(status -> {
            int n = 0;
            for (Review.Action a : due) {
                if (!a.overdue(today)) {
                    n += tell(a, a.ownerId(), ReviewActionReminder.Kind.DUE_SOON, Notices.Kind.DUE_SOON);
                } else {
                    n += tell(a, a.ownerId(), ReviewActionReminder.Kind.OVERDUE, Notices.Kind.OVERDUE);
                    n += tell(a, above(a.ownerId()), ReviewActionReminder.Kind.ESCALATED, Notices.Kind.ESCALATED);
                }
            }
            return n;
        });
        return sent == null ? 0 : sent;
    }

    private int tell(Review.Action a, Long staffId, ReviewActionReminder.Kind event, Notices.Kind kind) {
        if (staffId == null || !notices.record(staffId, kind, a.reviewId(), a.id(), clock.instant())) {
            return 0;
        }
        events.publishEvent(new ReviewActionReminder(a.id(), a.reviewId(), staffId, event, a.dueOn()));
        return 1;
    }

    private Long above(long ownerId) {
        return staff.managersOf(new StaffId(ownerId)).stream().findFirst().map(s -> s.id().value())
                .or(() -> staff.activeWithRole(Role.QUALITY_MANAGER).stream().map(StaffSummary::id).map(StaffId::value)
                        .filter(id -> id != ownerId).findFirst())
                .orElse(null);
    }
}
