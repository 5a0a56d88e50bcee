package ir.shenava.cases;

import java.time.Instant;

/**
 * The case was escalated to a higher manager: after an overdue SLA milestone (level 1: the owner's
 * manager, level 2: the CEO) or when the customer was not satisfied (recourse).
 */
public record CaseEscalated(long caseId, String trackingCode, long toStaffId, int level, Reason reason, Instant at) {

    public enum Reason { OVERDUE, NOT_SATISFIED }
}
