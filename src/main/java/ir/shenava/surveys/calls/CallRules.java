package ir.shenava.surveys.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import ir.shenava.shared.WorkCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The timing rules of follow-up calls: due a week after completion at the next working moment;
 * failed attempts retried after some working time; after the maximum attempts, or once the window
 * of working days since the first attempt has passed, the call ends unreachable. Configurable under
 * {@code shenava.surveys.*}.
 */
@Component
public class CallRules {

    private final int dueAfterDays;
    private final int maxAttempts;
    private final int windowWorkingDays;
    private final Duration retryAfter;
    private final Duration claimLease;

    public CallRules(@Value("${shenava.surveys.due-after-days:7}") int dueAfterDays,
                     @Value("${shenava.surveys.max-attempts:5}") int maxAttempts,
                     @Value("${shenava.surveys.attempt-window-working-days:10}") int windowWorkingDays,
                     @Value("${shenava.surveys.retry-after:PT4H}") Duration retryAfter,
                     @Value("${shenava.surveys.claim-lease:PT20M}") Duration claimLease) {
        this.dueAfterDays = dueAfterDays;
        this.maxAttempts = maxAttempts;
        this.windowWorkingDays = windowWorkingDays;
        this.retryAfter = retryAfter;
        this.claimLease = claimLease;
    }

    /** Seven calendar days after completion, moved to the next working moment (holidays, Fridays, Nowruz). */
    public Instant dueAt(LocalDate completedOn, WorkCalendar calendar) {
        return calendar.nextWorkingMoment(completedOn.plusDays(dueAfterDays).atStartOfDay(calendar.zone()).toInstant());
    }

    /** The first day of the Iranian week (Saturday) holding the day: units completed in one week share a call. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SATURDAY));
    }

    /** When to try again after a failed attempt: some working time later. */
    public Instant retryAt(Instant now, WorkCalendar calendar) {
        return calendar.addWorkingTime(now, retryAfter);
    }

    /**
     * Whether a call with this many failed attempts, the first at {@code firstAttemptAt}, has used
     * up its chances: the maximum reached, or the window of working days over (counted from the
     * first attempt's day; the deadline is the end of the window's last working day).
     */
    public boolean exhausted(int failedAttempts, Instant firstAttemptAt, Instant now, WorkCalendar calendar) {
        if (failedAttempts >= maxAttempts) {
            return true;
        }
        if (firstAttemptAt == null) {
            return false;
        }
        ZoneId zone = calendar.zone();
        LocalDate last = calendar.addWorkingDays(firstAttemptAt.atZone(zone).toLocalDate(), windowWorkingDays - 1);
        return !now.isBefore(last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public Duration claimLease() {
        return claimLease;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public int windowWorkingDays() {
        return windowWorkingDays;
    }
}
