package ir.shenava.platform.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

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
     * Dates are typed in Jalali ("۱۴۰۵/۰۹/۱۴", "1405/9/14"); a year above 1700 can only be
     * Gregorian (ISO, as the English UI may send), so both are accepted.
     */
    static final class LocalDateInput implements Formatter<LocalDate> {

        @Override
        public String print(LocalDate date, Locale locale) {
            return "en".equals(locale.getLanguage()) ? date.toString() : JalaliDate.fromGregorian(date).toNumericString();
        }

        @Override
        public LocalDate parse(String source, Locale locale) {
            String text = PersianText.latinDigits(source == null ? "" : source.trim());
            if (text.isEmpty()) {
                return null;
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}") && Integer.parseInt(text.substring(0, 4)) > 1700) {
                return LocalDate.parse(text);
            }
            return JalaliDate.parse(text).toGregorian();
        }
    }
}
