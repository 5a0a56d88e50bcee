package ir.shenava.surveys.web;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
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
    private final CallLines lines;

    QueueRows(MessageSource messages, CallLines lines) {
        this.messages = messages;
        this.lines = lines;
    }

    /**
     * The lists of one page (due calls, call-backs, held calls) put into words together, each in its
     * order: one set of look-ups (customers, contacts, units) for the whole page, not one per list.
     */
    List<List<QueueRow>> of(List<List<CallRow>> lists, Locale locale, Instant now) {
        List<CallRow> all = new ArrayList<>();
        lists.forEach(all::addAll);
        List<QueueRow> shown = rows(lines.of(all), locale, now);
        List<List<QueueRow>> split = new ArrayList<>(lists.size());
        int start = 0;
        for (List<CallRow> list : lists) {
            split.add(shown.subList(start, start + list.size()));
            start += list.size();
        }
        return split;
    }

    private List<QueueRow> rows(List<CallLine> lines, Locale locale, Instant now) {
        if (lines.isEmpty()) {
            return List.of();
        }
        Words words = new Words(messages, locale);
        Dates dates = new Dates(locale);
        return lines.stream().map(l -> row(l, words, dates, now)).toList();
    }

    private static QueueRow row(CallLine l, Words words, Dates dates, Instant now) {
        CallRow c = l.call();
        String phone = l.phone();
        boolean claimRunning = l.claimedByName() != null && c.claimedUntil() != null && c.claimedUntil().isAfter(now);
        return new QueueRow(c.id(), c.callBack(), dates.dateTime(c.nextTryAt()), l.customerName(),
                l.contact() == null || l.contact().fullName() == null ? "—" : l.contact().fullName(),
                phone == null ? null : "tel:" + phone, phone == null ? null : l.phoneDisplay(dates.locale), l.equipment(),
                dates.date(l.installedOn()), words.text(c.status().messageKey()),
                words.format("call.attemptsMade", dates.digits(c.attempts())),
                claimRunning ? words.format("call.claimedBy", l.claimedByName()) : null,
                c.status() == CallStatus.PENDING, c.status().held(), words.format("call.claim.label", l.customerName()));
    }

    /**
     * Dates and numbers written as the pages' {@code #jalali} object writes them (platform's JalaliDates,
     * not part of its API): Jalali with Persian digits, in Tehran time; Gregorian on English pages.
     */
    private static final class Dates {

        private final Locale locale;
        private final boolean persian;

        Dates(Locale locale) {
            this.locale = locale == null ? Locale.forLanguageTag("fa-IR") : locale;
            this.persian = !"en".equals(this.locale.getLanguage());
        }

        String date(LocalDate day) {
            if (day == null) {
                return "";
            }
            return persian ? JalaliDate.fromGregorian(day).toPersianString()
                    : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        }

        String dateTime(Instant value) {
            if (value == null) {
                return "";
            }
            String day = date(value.atZone(JalaliDate.TEHRAN).toLocalDate());
            String time = value.atZone(JalaliDate.TEHRAN).toLocalTime().withSecond(0).withNano(0).toString();
            return persian ? day + "، " + PersianText.persianDigits(time) : day + ", " + time;
        }

        String digits(int number) {
            return persian ? PersianText.persianDigits(String.valueOf(number)) : String.valueOf(number);
        }
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
