package ir.shenava.cases;

import java.time.Instant;

/** A case was opened for a complaint and given to its owner (null when routing named nobody). */
public record CaseOpened(long caseId, String trackingCode, String subject, Long ownerId, boolean confidential,
                         Instant resolutionDueAt, Instant at) {
}
