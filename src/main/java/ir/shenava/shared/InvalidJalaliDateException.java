package ir.shenava.shared;

/**
 * Thrown for a malformed or impossible Jalali date (e.g. 1404/12/30). Carries why — the
 * {@link Reason} and the year, month and day read, so that a form can say "Esfand 1404 has 29
 * days" instead of only "not a date" — and a message-bundle key for the web layer.
 */
public class InvalidJalaliDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the text. */
    public enum Reason {
        /** Not year/month/day in digits at all («فردا», "14/9"). */
        FORMAT,
        /** A month outside 1–12. */
        MONTH,
        /** A day past the end of its month (1404/12/30) or zero. */
        DAY,
        /** A Gregorian year (2026-12-01) where a Jalali date is expected. */
        GREGORIAN
    }

    private final String input;
    private final Reason reason;
    private final int year;
    private final int month;
    private final int day;

    public InvalidJalaliDateException(String input) {
        this(input, Reason.FORMAT, 0, 0, 0);
    }

    public InvalidJalaliDateException(String input, Reason reason, int year, int month, int day) {
        super("تاریخ معتبر نیست: " + input);
        this.input = input;
        this.reason = reason;
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** Key in {@code messages*.properties}. */
    public String messageKey() {
        return "date.invalid";
    }

    public String input() {
        return input;
    }

    public Reason reason() {
        return reason;
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public int day() {
        return day;
    }
}
