package ir.shenava.cases;

import java.time.Instant;

/** The complainant is not satisfied with the resolution; the case went back to investigation. */
public record CustomerNotSatisfied(long caseId, String trackingCode, Long ownerId, String comment, Instant at) {
}
