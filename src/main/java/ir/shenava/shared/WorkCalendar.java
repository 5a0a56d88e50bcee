package ir.shenava.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working days and working time: the work week, official holidays and the company's zone.
 *
 * <p>Complaint deadlines and follow-up calls are promised in working days or working hours, so
 * "two hours" asked on Thursday at 11:00 means Saturday 09:00. All arithmetic happens on local
 * dates and times in {@code zone} (Tehran: no DST since 2022, but the JDK's zone rules are used,
 * so historic DST dates still convert correctly).
 */
public record WorkCalendar(WorkWeek week, Set<LocalDate> holidays, ZoneId zone) {

    public WorkCalendar {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(zone, "zone");
        holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
        if (week.hours().isEmpty()) {
            throw new IllegalArgumentException("A work week needs at least one working day");
        }
    }

    /** The Iranian default week in Tehran with the given official holidays. */
    public static WorkCalendar iranian(Set<LocalDate> holidays) {
        return new WorkCalendar(WorkWeek.iranianDefault(), holidays, JalaliDate.TEHRAN);
    }

    /** A weekday with hours that is not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return week.isWorkingDay(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The n-th working day after {@code start}; for n = 0, {@code start} itself if it is a
     * working day, else the next working day.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        if (n == 0) {
            return isWorkingDay(start) ? start : nextWorkingDayAfter(start);
        }
        LocalDate d = start;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDayAfter(d);
        }
        return d;
    }

    /** True when {@code t} falls inside the working hours of a working day. */
    public boolean isWorkingMoment(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        return hoursOf(z.toLocalDate()).map(h -> h.contains(z.toLocalTime())).orElse(false);
    }

    /** {@code t} itself if inside working hours, else the start of the next working period. */
    public Instant nextWorkingMoment(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        LocalDate date = z.toLocalDate();
        Optional<WorkHours> today = hoursOf(date);
        if (today.isPresent()) {
            WorkHours h = today.get();
            if (h.contains(z.toLocalTime())) {
                return t;
            }
            if (z.toLocalTime().isBefore(h.start())) {
                return at(date, h, true);
            }
        }
        LocalDate next = nextWorkingDayAfter(date);
        return at(next, hoursOf(next).orElseThrow(), true);
    }

    /**
     * {@code start} plus {@code duration} of working time, skipping nights, days off and holidays.
     * A zero duration yields {@link #nextWorkingMoment(Instant)}; a deadline that lands exactly on
     * the end of a working period stays there rather than jumping to the next morning.
     */
    public Instant addWorkingTime(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        Duration remaining = duration;
        Instant t = nextWorkingMoment(start);
        while (true) {
            LocalDate date = t.atZone(zone).toLocalDate();
            Instant periodEnd = at(date, hoursOf(date).orElseThrow(), false);
            Duration available = Duration.between(t, periodEnd);
            if (remaining.compareTo(available) <= 0) {
                return t.plus(remaining);
            }
            remaining = remaining.minus(available);
            t = nextWorkingMoment(periodEnd);
        }
    }

    /** Working time between two instants; negative if {@code b} is before {@code a}. */
    public Duration workingTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return workingTimeBetween(b, a).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = b.atZone(zone).toLocalDate();
        for (LocalDate d = a.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            Optional<WorkHours> h = hoursOf(d);
            if (h.isEmpty()) {
                continue;
            }
            Instant from = max(a, at(d, h.get(), true));
            Instant to = min(b, at(d, h.get(), false));
            if (from.isBefore(to)) {
                total = total.plus(Duration.between(from, to));
            }
        }
        return total;
    }

    private Optional<WorkHours> hoursOf(LocalDate date) {
        return holidays.contains(date) ? Optional.empty() : week.hoursOn(date.getDayOfWeek());
    }

    /** Bounded search: a finite holiday set can only block that many days (plus a week). */
    private LocalDate nextWorkingDayAfter(LocalDate date) {
        int limit = holidays.size() + 8;
        LocalDate d = date.plusDays(1);
        for (int i = 0; i < limit; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("No working day found after " + date);
    }

    private Instant at(LocalDate date, WorkHours h, boolean start) {
        return date.atTime(start ? h.start() : h.end()).atZone(zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + week.hours() + ", " + holidays.size() + " holidays, " + zone + "]";
    }
}
