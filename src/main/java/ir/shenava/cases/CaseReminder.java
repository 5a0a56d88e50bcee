package ir.shenava.cases;

import java.time.Instant;

/** A reminder to a staff member: an SLA milestone due soon or overdue, or a delegation's follow-up date. */
public record CaseReminder(long caseId, String trackingCode, long staffId, Kind kind, SlaMilestone milestone, Instant dueAt,
                           Instant at) {

    public enum Kind { DUE_SOON, OVERDUE, FOLLOW_UP_DUE }
}
