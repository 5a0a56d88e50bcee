package ir.shenava.surveys.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import ir.shenava.calendar.WorkCalendars;
import ir.shenava.shared.WorkCalendar;
import ir.shenava.surveys.SurveyReviewDue;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds reviewers of surveys they have not reviewed once the configured number of working days
 * (Iranian week and holidays) has passed since the survey. One node at a time (ShedLock); each
 * reminder is marked on its row in the same transaction as its event, so it is sent once even if
 * two runs meet.
 */
@Component
public class ReviewReminders {

    private static final int BATCH = 500;

    private final SurveyReviews reviews;
    private final WorkCalendars calendars;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int workingDays;

    ReviewReminders(SurveyReviews reviews, WorkCalendars calendars, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions, Clock clock,
                    @Value("${shenava.surveys.review-reminder-working-days:3}") int workingDays) {
        this.reviews = reviews;
        this.calendars = calendars;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.workingDays = workingDays;
    }

    @Scheduled(fixedDelayString = "${shenava.surveys.review-reminder-interval:PT15M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "surveys-review-reminders", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
    public void onSchedule() {
        runOnce();
    }

    /** One pass; returns how many reminders it sent. */
    public int runOnce() {
        Instant now = clock.instant();
        WorkCalendar calendar = calendars.current();
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        // working days are never fewer than calendar days: nothing completed within the last N days is due
        Instant bound = now.minus(Duration.ofDays(workingDays));
        int sent = 0;
        for (SurveyReviews.Overdue o : reviews.overdue(bound, BATCH)) {
            LocalDate day = o.completedAt().atZone(calendar.zone()).toLocalDate();
            if (today.isBefore(calendar.addWorkingDays(day, workingDays))) {
                continue;
            }
            Boolean done = tx.execute(status -> {
                if (!reviews.reminded(o.surveyId(), o.staffId(), now)) {
                    return false;
                }
                events.publishEvent(new SurveyReviewDue(o.surveyId(), o.staffId(), o.completedAt()));
                return true;
            });
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }
}
