package ir.shenava.shared;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jalali quarter (سه‌ماهه): Q1 = Farvardin–Khordad … Q4 = Dey–Esfand.
 *
 * <p>Complaint analysis and management reviews are held per Jalali quarter, not per Gregorian
 * one, so reports, URLs ("1405-Q3") and charts all use this type.
 */
public record JalaliQuarter(int year, int quarter) implements Comparable<JalaliQuarter> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*-?\\s*[qQ]\\s*([1-4])");

    public JalaliQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
        if (year < 1 || year > 9998) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static JalaliQuarter of(JalaliDate date) {
        return new JalaliQuarter(date.year(), (date.month() - 1) / 3 + 1);
    }

    public static JalaliQuarter of(LocalDate date) {
        return of(JalaliDate.fromGregorian(date));
    }

    public JalaliDate firstDay() {
        return new JalaliDate(year, (quarter - 1) * 3 + 1, 1);
    }

    /** Last day, including Esfand 30 in leap years. */
    public JalaliDate lastDay() {
        int month = quarter * 3;
        return new JalaliDate(year, month, JalaliDate.lengthOfMonth(year, month));
    }

    public LocalDate firstGregorianDay() {
        return firstDay().toGregorian();
    }

    public LocalDate lastGregorianDay() {
        return lastDay().toGregorian();
    }

    public boolean contains(LocalDate date) {
        return of(date).equals(this);
    }

    public JalaliQuarter next() {
        return quarter == 4 ? new JalaliQuarter(year + 1, 1) : new JalaliQuarter(year, quarter + 1);
    }

    public JalaliQuarter previous() {
        return quarter == 1 ? new JalaliQuarter(year - 1, 4) : new JalaliQuarter(year, quarter - 1);
    }

    /** "سه‌ماهه ۳ ۱۴۰۵" for headings and charts. */
    public String label() {
        return "سه\u200Cماهه " + PersianText.persianDigits(quarter + " " + year);
    }

    /**
     * Parses "1405-Q3" or "1405Q3" (case-insensitive, any digit script).
     *
     * @throws IllegalArgumentException on anything else
     */
    public static JalaliQuarter parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(PersianText.latinDigits(text).strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Not a Jalali quarter (expected e.g. 1405-Q3): " + text);
        }
        return new JalaliQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(JalaliQuarter o) {
        int c = Integer.compare(year, o.year);
        return c != 0 ? c : Integer.compare(quarter, o.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
