package ir.shenava.intake.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import ir.shenava.intake.internal.Complaint;
import ir.shenava.shared.JalaliDate;
import org.springframework.context.MessageSource;

/** The JSON answers built from a complaint, with its moment of receipt in both calendars. */
final class ComplaintApiResponses {

    private ComplaintApiResponses() {
    }

    static ComplaintCreatedResponse created(Complaint c) {
        return new ComplaintCreatedResponse(c.getTrackingCode().display(), c.getStatus().name(), receivedAt(c),
                jalali(c));
    }

    static ComplaintStatusResponse status(Complaint c, MessageSource messages, Locale locale) {
        return new ComplaintStatusResponse(c.getTrackingCode().display(), c.getStatus().name(),
                messages.getMessage(c.getStatus().messageKey(), null, locale),
                receivedAt(c), jalali(c), c.getSubject());
    }

    /** To the second: the answer to a retry, or a later look-up, shows the same moment as the first answer. */
    private static Instant receivedAt(Complaint c) {
        return c.getReceivedAt().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String jalali(Complaint c) {
        return JalaliDate.ofInstant(c.getReceivedAt()).toNumericString();
    }
}
