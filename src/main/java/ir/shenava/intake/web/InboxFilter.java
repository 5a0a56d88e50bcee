package ir.shenava.intake.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.internal.ComplaintInbox;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The inbox filter when part of it did not parse. Spring then builds no {@link ComplaintInbox.Filter}
 * at all, but keeps every value it did convert; the filter is rebuilt from those, so one mistyped
 * date does not throw away the status, the owner and the search typed with it.
 */
final class InboxFilter {

    private InboxFilter() {
    }

    static ComplaintInbox.Filter valid(BindingResult typing) {
        return new ComplaintInbox.Filter(value(typing, "channel", Channel.class), value(typing, "category", String.class),
                value(typing, "status", ComplaintStatus.class), value(typing, "ownerId", Long.class),
                value(typing, "customerId", Long.class), value(typing, "from", LocalDate.class),
                value(typing, "to", LocalDate.class), value(typing, "query", String.class));
    }

    /** Field → its error, in the reader's language. */
    static Map<String, String> errors(BindingResult typing, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : typing.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        return errors;
    }

    /** Field → what was typed into it, for the fields that did not parse. */
    static Map<String, String> rejected(BindingResult typing) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldError error : typing.getFieldErrors()) {
            Object value = error.getRejectedValue();
            typed.putIfAbsent(error.getField(), value instanceof String[] many ? String.join(" ", many)
                    : value == null ? "" : value.toString());
        }
        return typed;
    }

    private static <T> T value(BindingResult typing, String field, Class<T> type) {
        if (typing.hasFieldErrors(field)) {
            return null;
        }
        Object value = typing.getFieldValue(field);
        return type.isInstance(value) ? type.cast(value) : null;
    }
}
