package ir.shenava.analytics.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import ir.shenava.analytics.ReviewDraftPrepared;
import ir.shenava.analytics.internal.Quarters;
import ir.shenava.calendar.WorkCalendars;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From the first working day after a quarter ends, prepares that quarter's management review draft
 * with its snapshot and tells the quality manager and the CEO. Hourly, on one node at a time
 * (ShedLock); and should two runs meet anyway, the review's unique quarter lets one insert win, and
 * only the winner notifies.
 */
@Component
public class QuarterEndJob {

    private static final Logger log = LoggerFactory.getLogger(QuarterEndJob.class);

    private final ManagementReviews reviews;
    private final Notices notices;
    private final StaffDirectory staff;
    private final WorkCalendars calendars;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    QuarterEndJob(ManagementReviews reviews, Notices notices, StaffDirectory staff, WorkCalendars calendars,
                  ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.reviews = reviews;
        this.notices = notices;
        this.staff = staff;
        this.calendars = calendars;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${shenava.analytics.quarter-end-cron:0 5 * * * *}", zone = "Asia/Tehran")
    @SchedulerLock(name = "analytics-quarter-end", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void onSchedule() {
        runOnce();
    }

    /** The id of the draft this run prepared; empty when it is too early or the quarter has its review. */
    public Optional<Long> runOnce() {
        JalaliQuarter last = Quarters.lastClosed(clock);
        LocalDate today = LocalDate.ofInstant(clock.instant(), JalaliDate.TEHRAN);
        LocalDate firstWorkingDay = calendars.current().addWorkingDays(last.next().firstGregorianDay(), 0);
        if (today.isBefore(firstWorkingDay) || reviews.find(last).isPresent()) {
            return Optional.empty();
        }
        Optional<Long> prepared = tx.execute(status -> reviews.prepare(last, null).map(id -> {
            Set<Long> told = new LinkedHashSet<>();
            for (Role role : new Role[] {Role.QUALITY_MANAGER, Role.CEO}) {
                staff.activeWithRole(role).stream().map(StaffSummary::id).forEach(s -> told.add(s.value()));
            }
            told.forEach(s -> notices.record(s, Notices.Kind.DRAFT_PREPARED, id, null, clock.instant()));
            events.publishEvent(new ReviewDraftPrepared(id, last.toString(), clock.instant()));
            return id;
        }));
        prepared.ifPresent(id -> log.info("Prepared the management review draft of {} (review {})", last, id));
        return prepared;
    }
}
