package ir.shenava.cases;

import java.time.Instant;

/** The case was closed; {@code customerSatisfied} is null when closed without the customer's confirmation. */
public record CaseClosed(long caseId, String trackingCode, Boolean customerSatisfied, Long ownerId, Instant at) {
}
