package ir.shenava.platform.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Everything a person types is normalised on the way in (Arabic ي/ك → ی/ک, spaces collapsed,
 * blank → null), so that stored text matches whatever keyboard was used. Passwords are left as typed.
 */
@ControllerAdvice
class InputNormalisation {

    @InitBinder
    void normaliseText(WebDataBinder binder) {
        ResolvableType type = binder.getTargetType();
        Class<?> target = type == null ? (binder.getTarget() == null ? null : binder.getTarget().getClass()) : type.resolve();
        if (target != null && target.getSimpleName().contains("Password")) {
            return;
        }
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String normalised = PersianText.normalize(text);
                setValue(normalised == null || normalised.isEmpty() ? null : normalised);
            }
        });
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
