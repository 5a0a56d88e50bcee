package ir.shenava.servicerecords.review;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.shared.PersianText;

/**
 * The period whose done services are sampled: a Jalali month ("1405/08") or quarter ("1405-Q3"),
 * with its Gregorian first and last day (both inclusive).
 */
public record ReviewPeriod(Kind kind, String label, LocalDate from, LocalDate to) {

    public enum Kind { MONTH, QUARTER }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[/\\-]\\s*(\\d{1,2})");

    /** Parses "1405/08", "1405-8", "۱۴۰۵/۰۸", "1405-Q3", "1405q3". */
    public static ReviewPeriod parse(String text) {
        String latin = text == null ? "" : PersianText.latinDigits(text).strip();
        Matcher m = MONTH.matcher(latin);
        if (m.matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        try {
            return quarter(JalaliQuarter.parse(latin));
        } catch (IllegalArgumentException e) {
            throw new ReviewRuleException("review.period.invalid");
        }
    }

    public static ReviewPeriod month(int year, int month) {
        if (year < 1000 || year > 9998 || month < 1 || month > 12) {
            throw new ReviewRuleException("review.period.invalid");
        }
        return new ReviewPeriod(Kind.MONTH, String.format("%04d/%02d", year, month),
                new JalaliDate(year, month, 1).toGregorian(),
                new JalaliDate(year, month, JalaliDate.lengthOfMonth(year, month)).toGregorian());
    }

    public static ReviewPeriod quarter(JalaliQuarter quarter) {
        if (quarter.year() < 1000) {
            throw new ReviewRuleException("review.period.invalid");
        }
        return new ReviewPeriod(Kind.QUARTER, quarter.toString(), quarter.firstGregorianDay(), quarter.lastGregorianDay());
    }

    /** "آبان ۱۴۰۵" or "سه‌ماهه ۳ ۱۴۰۵" for Persian headings. */
    public static String persianLabel(Kind kind, String label) {
        if (kind == Kind.QUARTER) {
            return JalaliQuarter.parse(label).label();
        }
        String[] parts = label.split("/");
        return JalaliDate.monthName(Integer.parseInt(parts[1])) + " " + PersianText.persianDigits(parts[0]);
    }
}
