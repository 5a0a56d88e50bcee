package ir.shenava.surveys.web;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ir.shenava.platform.web.JalaliDates;
import ir.shenava.surveys.calls.CallRow;
import ir.shenava.surveys.calls.CallStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the queue's rows into words once, in Java, for a page in one locale. Each message is looked up
 * once per page, not once per row: the look-up walks two dozen bundles, and one with an argument is
 * formatted through a shared, synchronised {@link MessageFormat}; here each page formats with its own.
 */
@Component
class QueueRows {

    private final MessageSource messages;

    QueueRows(MessageSource messages) {
        this.messages = messages;
    }

    List<QueueRow> of(List<CallLine> lines, Locale locale, Instant now) {
        if (lines.isEmpty()) {
            return List.of();
        }
        Words words = new Words(messages, locale);
        JalaliDates dates = new JalaliDates(locale);
        return lines.stream().map(l -> row(l, words, dates, now)).toList();
    }

    private static QueueRow row(CallLine l, Words words, JalaliDates dates, Instant now) {
        CallRow c = l.call();
        String phone = l.phone();
        boolean claimRunning = l.claimedByName() != null && c.claimedUntil() != null && c.claimedUntil().isAfter(now);
        return new QueueRow(c.id(), c.callBack(), dates.dateTime(c.nextTryAt()), l.customerName(),
                l.contact() == null || l.contact().fullName() == null ? "—" : l.contact().fullName(),
                phone == null ? null : "tel:" + phone, phone == null ? null : l.phoneDisplay(), l.equipment(),
                dates.date(l.installedOn()), words.text(c.status().messageKey()),
                words.format("call.attemptsMade", dates.digits(c.attempts())),
                claimRunning ? words.format("call.claimedBy", l.claimedByName()) : null,
                c.status() == CallStatus.PENDING, c.status().held(), words.format("call.claim.label", l.customerName()));
    }

    /** The page's messages, each resolved once; the formats are the page's own (one request, one thread). */
    private static final class Words {

        private final MessageSource messages;
        private final Locale locale;
        private final Map<String, String> texts = new HashMap<>();
        private final Map<String, MessageFormat> formats = new HashMap<>();

        Words(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        String text(String key) {
            return texts.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
        }

        /** As {@code #{key(arg)}} in a template: the message read as a {@link MessageFormat} pattern. */
        String format(String key, Object arg) {
            return formats.computeIfAbsent(key, k -> new MessageFormat(text(k), locale)).format(new Object[] {arg});
        }
    }
}
