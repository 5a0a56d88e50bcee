package ir.shenava.notifications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.shenava.intake.TrackingCode;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a stored notification into words in the reader's language: days and moments in Jalali with
 * Persian digits (Gregorian in English), message keys looked up, names and comments as they are.
 */
@Component
public class NotificationText {

    private final MessageSource messages;

    NotificationText(MessageSource messages) {
        this.messages = messages;
    }

    public String title(NotificationKind kind, Locale locale) {
        return messages.getMessage(kind.messageKey(), null, locale);
    }

    public String sentence(StaffNotification n, Locale locale) {
        List<Object> args = new ArrayList<>();
        args.add(reference(n, locale));
        List<NotificationKind.Param> types = n.kind().params();
        for (int i = 0; i < types.size(); i++) {
            args.add(i < n.params().size() ? words(types.get(i), n.params().get(i), locale) : "");
        }
        return messages.getMessage(n.kind().textKey(), args.toArray(), locale);
    }

    /** A case's tracking code, or a survey's number (surveys have no tracking code). */
    public static String reference(StaffNotification n, Locale locale) {
        if (n.kind().aboutReview() || n.kind() == NotificationKind.MAILBOX_FAILING) {
            return "";
        }
        if (!n.kind().aboutCase()) {
            String number = String.valueOf(n.caseId());
            return "en".equals(locale.getLanguage()) ? number : PersianText.persianDigits(number);
        }
        return new TrackingCode(n.trackingCode()).display();
    }

    private String words(NotificationKind.Param type, String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean persian = !"en".equals(locale.getLanguage());
        return switch (type) {
            case TEXT -> value;
            case KEY -> messages.getMessage(value, null, value, locale);
            case NUMBER -> persian ? PersianText.persianDigits(value) : value;
            case DATE -> day(LocalDate.parse(value), persian, locale);
            case TIME -> {
                Instant at = Instant.parse(value);
                String time = at.atZone(JalaliDate.TEHRAN).toLocalTime().withSecond(0).withNano(0).toString();
                yield day(at.atZone(JalaliDate.TEHRAN).toLocalDate(), persian, locale)
                        + (persian ? "، " + PersianText.persianDigits(time) : ", " + time);
            }
        };
    }

    private static String day(LocalDate day, boolean persian, Locale locale) {
        return persian ? JalaliDate.fromGregorian(day).toPersianString()
                : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }
}
