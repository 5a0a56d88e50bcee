package ir.shenava.analytics.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.JalaliQuarter;

/**
 * Jalali quarters as the projections store them: a key (year × 10 + quarter, 14053 = 1405-Q3) and
 * the instants at which a quarter starts and ends in Tehran — 1 Farvardin 00:00 Tehran is already
 * the new year even though it is still the previous day in UTC.
 */
public final class Quarters {

    private Quarters() {
    }

    public static int key(JalaliQuarter q) {
        return q.year() * 10 + q.quarter();
    }

    public static JalaliQuarter ofKey(int key) {
        return new JalaliQuarter(key / 10, key % 10);
    }

    public static JalaliQuarter of(Instant at) {
        return JalaliQuarter.of(LocalDate.ofInstant(at, JalaliDate.TEHRAN));
    }

    public static int keyOf(Instant at) {
        return key(of(at));
    }

    /** 00:00 Tehran of the quarter's first day. */
    public static Instant start(JalaliQuarter q) {
        return q.firstGregorianDay().atStartOfDay(JalaliDate.TEHRAN).toInstant();
    }

    /** 00:00 Tehran of the next quarter's first day (exclusive end). */
    public static Instant end(JalaliQuarter q) {
        return start(q.next());
    }

    public static JalaliQuarter current(Clock clock) {
        return of(clock.instant());
    }

    /** The default of the dashboard: the last quarter that has ended. */
    public static JalaliQuarter lastClosed(Clock clock) {
        return current(clock).previous();
    }

    public static JalaliQuarter yearEarlier(JalaliQuarter q) {
        return new JalaliQuarter(q.year() - 1, q.quarter());
    }
}
