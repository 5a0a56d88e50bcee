package ir.shenava.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ir.shenava.cases.SlaMilestone;
import ir.shenava.cases.SlaState;
import ir.shenava.shared.WorkCalendar;

/**
 * A reminder or escalation a case is owed for its next SLA milestone; {@link #key()} is its row
 * in {@code case_sla_signal}, so each is sent once per milestone. Pure, so the windows are tested
 * across Fridays and holidays without a database.
 */
record SlaSignal(Kind kind, SlaMilestone milestone, Instant dueAt) {

    enum Kind {
        /** The owner is reminded while the milestone is due soon. */
        DUE_SOON,
        /** Overdue: the owner is reminded and the owner's manager told (level 1). */
        OVERDUE,
        /** Still overdue a further window of working time later: the CEO is told (level 2). */
        TO_CEO
    }

    /** How much working time before a due moment is "due soon", and how long after it the CEO hears. */
    record Windows(Duration dueSoon, Duration ceoAfter) {
    }

    String key() {
        return kind + ":" + milestone;
    }

    /** What the case is owed at {@code now}, whether or not it was already sent. */
    static List<SlaSignal> owed(ComplaintCase c, Instant now, WorkCalendar calendar, Windows windows) {
        SlaState state = Sla.state(c, now, calendar, windows.dueSoon());
        if (state != SlaState.DUE_SOON && state != SlaState.OVERDUE) {
            return List.of();
        }
        SlaMilestone next = c.nextMilestone();
        Instant due = c.dueAt(next);
        if (state == SlaState.DUE_SOON) {
            return List.of(new SlaSignal(Kind.DUE_SOON, next, due));
        }
        SlaSignal overdue = new SlaSignal(Kind.OVERDUE, next, due);
        boolean ceoWindowPassed = !now.isBefore(calendar.addWorkingTime(due, windows.ceoAfter()));
        return ceoWindowPassed ? List.of(overdue, new SlaSignal(Kind.TO_CEO, next, due)) : List.of(overdue);
    }
}
