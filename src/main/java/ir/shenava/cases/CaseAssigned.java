package ir.shenava.cases;

import java.time.Instant;
import java.time.LocalDate;

/** The case (or a task within it) was handed down the reporting chain. */
public record CaseAssigned(long caseId, long assignmentId, String trackingCode, long fromStaffId, long toStaffId,
                            String instructions, LocalDate followUpOn, Instant at) {
}
