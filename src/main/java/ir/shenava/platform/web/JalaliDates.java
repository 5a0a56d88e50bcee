package ir.shenava.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;

/**
 * The {@code #jalali} template object. In Persian every date is Jalali with Persian digits
 * ("۱۴ آذر ۱۴۰۵"); in English the Gregorian date is fine. Instants are shown in Tehran time.
 */
public class JalaliDates {

    private static final ZoneId TEHRAN = JalaliDate.TEHRAN;
    private final boolean persian;
    private final Locale locale;

    public JalaliDates(Locale locale) {
        this.locale = locale == null ? Locale.forLanguageTag("fa-IR") : locale;
        this.persian = !"en".equals(this.locale.getLanguage());
    }

    /** A calendar date, e.g. "۱۴ آذر ۱۴۰۵". */
    public String date(Object value) {
        LocalDate day = toLocalDate(value);
        if (day == null) {
            return "";
        }
        return persian ? JalaliDate.fromGregorian(day).toPersianString()
                : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** A date with the time of day, e.g. "۱۴ آذر ۱۴۰۵، ۰۹:۳۰". */
    public String dateTime(Instant value) {
        if (value == null) {
            return "";
        }
        String time = value.atZone(TEHRAN).toLocalTime().withSecond(0).withNano(0).toString();
        return persian ? date(value) + "، " + PersianText.persianDigits(time) : date(value) + ", " + time;
    }

    /**
     * The numeric form used in date inputs, in the reader's digits: "۱۴۰۵/۰۹/۱۴" (typed input
     * accepts any digits); ISO on English pages, whose calendar writes ISO.
     */
    public String input(LocalDate day) {
        if (day == null) {
            return "";
        }
        return persian ? PersianText.persianDigits(JalaliDate.fromGregorian(day).toNumericString()) : day.toString();
    }

    /** Digits as the locale shows them. */
    public String digits(Object number) {
        if (number == null) {
            return "";
        }
        return persian ? PersianText.persianDigits(String.valueOf(number)) : String.valueOf(number);
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Instant i) {
            return i.atZone(TEHRAN).toLocalDate();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(TEHRAN).toLocalDate();
        }
        return null;
    }
}
