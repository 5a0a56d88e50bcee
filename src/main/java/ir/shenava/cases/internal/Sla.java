package ir.shenava.cases.internal;

import java.time.Duration;
import java.time.Instant;

import ir.shenava.cases.SlaMilestone;
import ir.shenava.cases.SlaState;
import ir.shenava.shared.WorkCalendar;

/**
 * A case's SLA state at a moment: overdue once its next milestone's due moment has passed, due soon
 * when less than the warning window of working time is left, otherwise on time. Pure, so it is
 * tested across Fridays and holidays without a database.
 */
public final class Sla {

    private Sla() {
    }

    public static SlaState state(SlaMilestone next, Instant dueAt, Instant now, WorkCalendar calendar, Duration warning) {
        if (next == null) {
            return SlaState.DONE;
        }
        if (!now.isBefore(dueAt)) {
            return SlaState.OVERDUE;
        }
        return calendar.workingTimeBetween(now, dueAt).compareTo(warning) <= 0 ? SlaState.DUE_SOON : SlaState.ON_TIME;
    }

    public static SlaState state(ComplaintCase c, Instant now, WorkCalendar calendar, Duration warning) {
        SlaMilestone next = c.nextMilestone();
        return state(next, next == null ? null : c.dueAt(next), now, calendar, warning);
    }
}
