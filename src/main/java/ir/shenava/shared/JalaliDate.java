package ir.shenava.shared;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the Jalali (Solar Hijri) calendar, the calendar Iranians read and write.
 *
 * <p>We store Gregorian {@link LocalDate}/{@link java.time.Instant} and convert only at the
 * edges (pages, reports, query parameters). Conversion and leap years come from ICU4J's
 * {@link PersianCalendar} rather than hand-written arithmetic, because the simple 33-year rules
 * disagree with the official calendar in some years (1403 is leap, 1404 is not).
 */
public record JalaliDate(int year, int month, int day) implements Comparable<JalaliDate> {

    /** Iran's zone; Iran has observed no daylight saving time since 2022. */
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final long MILLIS_PER_DAY = 86_400_000L;
    /**
     * Days already converted: an ICU calendar costs tens of microseconds to make, and a list page
     * converts a date per row. A few years of days; emptied when full rather than ordered by use.
     */
    private static final Map<Long, JalaliDate> CONVERTED = new ConcurrentHashMap<>();
    private static final int CONVERTED_MAX = 4096;
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*[/\\-]\\s*(\\d{1,2})\\s*[/\\-]\\s*(\\d{1,2})");
    /** A typed year from here on is Gregorian: Jalali years in use are in the 1300s and 1400s. */
    public static final int GREGORIAN_YEARS = 1700;
    private static final List<String> MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد",
            "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");

    public JalaliDate {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1
                || day > lengthOfMonth(year, month)) {
            throw new InvalidJalaliDateException(year + "/" + month + "/" + day,
                    month < 1 || month > 12 ? InvalidJalaliDateException.Reason.MONTH : InvalidJalaliDateException.Reason.DAY,
                    year, month, day);
        }
    }

    public static JalaliDate fromGregorian(LocalDate date) {
        if (CONVERTED.size() > CONVERTED_MAX) {
            CONVERTED.clear();
        }
        return CONVERTED.computeIfAbsent(date.toEpochDay(), day -> {
            PersianCalendar cal = calendar();
            cal.setTimeInMillis(day * MILLIS_PER_DAY);
            return new JalaliDate(cal.get(Calendar.EXTENDED_YEAR), cal.get(Calendar.MONTH) + 1,
                    cal.get(Calendar.DAY_OF_MONTH));
        });
    }

    /** The Jalali date in Tehran at the given instant. */
    public static JalaliDate ofInstant(Instant instant) {
        return fromGregorian(LocalDate.ofInstant(instant, TEHRAN));
    }

    /** Today in Tehran according to the (injected) clock. */
    public static JalaliDate now(Clock clock) {
        return ofInstant(clock.instant());
    }

    public LocalDate toGregorian() {
        return LocalDate.ofEpochDay(epochDay(year, month, day));
    }

    public static boolean isLeapYear(int jy) {
        return epochDay(jy + 1, 1, 1) - epochDay(jy, 1, 1) == 366;
    }

    /** 31 days for months 1–6, 30 for 7–11, Esfand 29 (30 in leap years). */
    public static int lengthOfMonth(int jy, int jm) {
        if (jm < 1 || jm > 12) {
            throw new InvalidJalaliDateException(jy + "/" + jm);
        }
        if (jm <= 6) {
            return 31;
        }
        if (jm <= 11) {
            return 30;
        }
        return isLeapYear(jy) ? 30 : 29;
    }

    /**
     * Parses "1405/09/14", "1405-9-14", Persian or Arabic-Indic digits, surrounding spaces. A year
     * of 1700 or later is refused as Gregorian (the exception says which date was meant).
     *
     * @throws InvalidJalaliDateException on bad format or an impossible date
     */
    public static JalaliDate parse(String text) {
        if (text == null) {
            throw new InvalidJalaliDateException(null);
        }
        Matcher m = FORMAT.matcher(PersianText.latinDigits(text).strip());
        if (!m.matches()) {
            throw new InvalidJalaliDateException(text);
        }
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (y >= GREGORIAN_YEARS) {
            // 2026-12-01 read as Jalali would be a date six centuries ahead: say so instead
            throw new InvalidJalaliDateException(text, InvalidJalaliDateException.Reason.GREGORIAN, y, mo, d);
        }
        try {
            return new JalaliDate(y, mo, d);
        } catch (InvalidJalaliDateException e) {
            throw new InvalidJalaliDateException(text, e.reason(), y, mo, d);
        }
    }

    /** "1405/09/14": Latin digits, zero padded; safe for URLs and sorting. */
    public String toNumericString() {
        return String.format("%04d/%02d/%02d", year, month, day);
    }

    /** "۱۴ آذر ۱۴۰۵": how a Persian reader expects a date in prose. */
    public String toPersianString() {
        return PersianText.persianDigits(String.valueOf(day)) + " " + monthName(month) + " "
                + PersianText.persianDigits(String.valueOf(year));
    }

    /** Persian name of a month, 1 = فروردین … 12 = اسفند. */
    public static String monthName(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12: " + month);
        }
        return MONTHS.get(month - 1);
    }

    public JalaliQuarter quarter() {
        return JalaliQuarter.of(this);
    }

    public JalaliDate plusDays(long days) {
        return fromGregorian(toGregorian().plusDays(days));
    }

    @Override
    public int compareTo(JalaliDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        return toNumericString();
    }

    private static long epochDay(int jy, int jm, int jd) {
        PersianCalendar cal = calendar();
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, jy);
        cal.set(Calendar.MONTH, jm - 1);
        cal.set(Calendar.DAY_OF_MONTH, jd);
        return Math.floorDiv(cal.getTimeInMillis(), MILLIS_PER_DAY);
    }

    /** ICU calendars are mutable and not thread-safe, so each conversion gets its own. */
    private static PersianCalendar calendar() {
        return new PersianCalendar(TimeZone.GMT_ZONE, PERSIAN);
    }
}
