package ir.shenava.cases;

import java.time.Instant;

/**
 * The decision was communicated to the complainant: notifications mail the response (and, when
 * {@code confirmationRequested}, the link to confirm satisfaction).
 */
public record ResponseCommunicated(long caseId, String trackingCode, String response, boolean confirmationRequested,
                                   Instant at) {
}
