package ir.shenava.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import ir.shenava.shared.InvalidJalaliDateException;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;

import org.springframework.beans.PropertyAccessException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * Why a typed date was refused, in words a person can act on: «اسفند ۱۴۰۴ ۲۹ روز دارد», «2026-12-01
 * is a Gregorian date: it is 1405/09/10», «write the date as year/month/day». As a binding error
 * processor it turns a date that did not parse into such a field error on every form; the same
 * text serves the request parameters that are not part of a form.
 */
final class DateProblems extends DefaultBindingErrorProcessor {

    private static final List<String> ENGLISH_MONTHS = List.of("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad",
            "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand");

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
        InvalidJalaliDateException date = find(ex);
        if (date == null) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        String field = ex.getPropertyName();
        MessageSourceResolvable why = of(date, LocaleContextHolder.getLocale());
        Object typed = ex.getValue();
        bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, typed, true,
                why.getCodes(), why.getArguments(), why.getDefaultMessage()));
    }

    /** The date problem inside a conversion failure, if that is what it was. */
    static InvalidJalaliDateException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidJalaliDateException d) {
                return d;
            }
        }
        return null;
    }

    /** The message (key and arguments) saying what is wrong with the date, in the reader's language. */
    static MessageSourceResolvable of(InvalidJalaliDateException e, Locale locale) {
        boolean persian = locale == null || !"en".equals(locale.getLanguage());
        return switch (e.reason()) {
            case MONTH -> message("forms.date.month");
            case DAY -> e.day() < 1 ? message("forms.date.format")
                    : message("forms.date.monthLength", monthName(e.month(), persian), digits(e.year(), persian),
                    digits(JalaliDate.lengthOfMonth(e.year(), e.month()), persian));
            case GREGORIAN -> gregorian(e, persian);
            case FORMAT -> message("forms.date.format");
        };
    }

    private static MessageSourceResolvable gregorian(InvalidJalaliDateException e, boolean persian) {
        try {
            LocalDate day = LocalDate.of(e.year(), e.month(), e.day());
            String jalali = JalaliDate.fromGregorian(day).toNumericString();
            return message("forms.date.gregorian", day.toString(), persian ? PersianText.persianDigits(jalali) : jalali);
        } catch (DateTimeException | IllegalArgumentException notADate) {
            return message("forms.date.format");
        }
    }

    private static String monthName(int month, boolean persian) {
        return persian ? JalaliDate.monthName(month) : ENGLISH_MONTHS.get(month - 1);
    }

    private static String digits(int n, boolean persian) {
        return persian ? PersianText.persianDigits(String.valueOf(n)) : String.valueOf(n);
    }

    private static MessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key, "typeMismatch.java.time.LocalDate"}, args);
    }
}
