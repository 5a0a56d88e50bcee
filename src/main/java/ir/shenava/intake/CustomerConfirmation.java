package ir.shenava.intake;

import java.time.Instant;

/**
 * The complainant said, on the tracking page or through the link in the mail, whether the
 * resolution satisfies them. The cases module closes the case or takes it back into investigation.
 */
public record CustomerConfirmation(long complaintId, boolean satisfied, String comment, Instant answeredAt) {
}
