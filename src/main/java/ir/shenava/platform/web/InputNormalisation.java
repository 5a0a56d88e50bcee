package ir.shenava.platform.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import ir.shenava.shared.InvalidJalaliDateException;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;

import org.springframework.format.Formatter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Everything a person types is normalised on the way in (Arabic ي/ك → ی/ک, spaces collapsed,
 * blank → null), so that stored text matches whatever keyboard was used. Line breaks stay: a
 * description or a report keeps its paragraphs (a one-line input cannot send any). A form that
 * carries a password — a password change, a mailbox's login — is left exactly as typed:
 * normalising a password or a user name would change it, and the server would refuse the login.
 */
@ControllerAdvice
class InputNormalisation {

    @InitBinder
    void normaliseText(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DateProblems());
        ResolvableType type = binder.getTargetType();
        Class<?> target = type == null ? (binder.getTarget() == null ? null : binder.getTarget().getClass()) : type.resolve();
        if (target != null && carriesPassword(target)) {
            return;
        }
        binder.registerCustomEditor(String.class, new TextEditor());
    }

    private static boolean carriesPassword(Class<?> form) {
        return form.getSimpleName().contains("Password") || Arrays.stream(form.getDeclaredFields())
                .anyMatch(f -> f.getName().toLowerCase(Locale.ROOT).contains("password"));
    }

    /** Normalised text, its line breaks kept; blank is null. */
    private static final class TextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String value = PersianText.normalizeText(text);
            setValue(value == null || value.isEmpty() ? null : value);
        }
    }

    /**
     * Dates are typed in Jalali ("۱۴۰۵/۰۹/۱۴", "1405/9/14") and shown in the reader's digits. A
     * Gregorian date (a year of 1700 or later) is refused on a Persian page with the Jalali date it
     * stands for — read as Jalali it would be six centuries ahead — and accepted on an English page,
     * whose calendar writes ISO dates.
     */
    static final class LocalDateInput implements Formatter<LocalDate> {

        private static final java.util.regex.Pattern GREGORIAN =
                java.util.regex.Pattern.compile("(\\d{4})\\s*[/\\-]\\s*(\\d{1,2})\\s*[/\\-]\\s*(\\d{1,2})");

        @Override
        public String print(LocalDate date, Locale locale) {
            return english(locale) ? date.toString()
                    : PersianText.persianDigits(JalaliDate.fromGregorian(date).toNumericString());
        }

        @Override
        public LocalDate parse(String source, Locale locale) {
            String text = PersianText.latinDigits(source == null ? "" : source.trim());
            if (text.isEmpty()) {
                return null;
            }
            java.util.regex.Matcher m = GREGORIAN.matcher(text);
            if (m.matches() && Integer.parseInt(m.group(1)) >= JalaliDate.GREGORIAN_YEARS) {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                int d = Integer.parseInt(m.group(3));
                if (!english(locale)) {
                    throw new InvalidJalaliDateException(source, InvalidJalaliDateException.Reason.GREGORIAN, y, mo, d);
                }
                try {
                    return LocalDate.of(y, mo, d);
                } catch (java.time.DateTimeException e) {
                    throw new InvalidJalaliDateException(source);
                }
            }
            return JalaliDate.parse(text).toGregorian();
        }

        private static boolean english(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage());
        }
    }

    /**
     * Whole numbers typed in any digits («۵۰», "٥٠", "50"): number fields are text inputs with a
     * numeric keyboard, since a browser's number input refuses Persian digits. Printed in Latin
     * digits, because a printed value is also what a select's options are matched against.
     */
    static final class WholeNumberInput<T extends Number> implements Formatter<T> {

        private final java.util.function.Function<String, T> parser;

        WholeNumberInput(java.util.function.Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public String print(T number, Locale locale) {
            return String.valueOf(number);
        }

        @Override
        public T parse(String source, Locale locale) {
            String text = PersianText.latinDigits(source == null ? "" : source.strip()).replace("\u066C", "").replace("\u066B", ".");
            return text.isEmpty() ? null : parser.apply(text);
        }
    }
}
