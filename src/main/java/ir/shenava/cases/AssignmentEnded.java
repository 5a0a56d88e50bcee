package ir.shenava.cases;

import java.time.Instant;

/** A delegated task came back: the delegate reported it done, or the delegator took it back. */
public record AssignmentEnded(long caseId, long assignmentId, String trackingCode, long fromStaffId, long toStaffId,
                              boolean takenBack, Instant at) {
}
