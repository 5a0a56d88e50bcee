package ir.shenava.cases.internal;

import java.time.Duration;
import java.time.Instant;

import ir.shenava.shared.WorkCalendar;

/** When a case must be acknowledged, first talked through with the customer, and resolved. */
public record SlaDues(Instant acknowledge, Instant firstContact, Instant resolution) {

    /** The targets counted in working time from the opening, by the shared work calendar. */
    static SlaDues from(Instant openedAt, SlaTarget target, WorkCalendar calendar) {
        return new SlaDues(calendar.addWorkingTime(openedAt, Duration.ofMinutes(target.acknowledgeMinutes())),
                calendar.addWorkingTime(openedAt, Duration.ofMinutes(target.firstContactMinutes())),
                calendar.addWorkingTime(openedAt, Duration.ofMinutes(target.resolutionMinutes())));
    }
}
