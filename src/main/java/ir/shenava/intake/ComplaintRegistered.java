package ir.shenava.intake;

import java.time.Instant;

/**
 * A complaint was stored. The cases module opens its investigation from it; notifications send the
 * acknowledgement and alert the owner.
 *
 * @param ownerId the staff member the routing rules named (null when nobody holds the role yet)
 */
public record ComplaintRegistered(long complaintId, String trackingCode, Channel channel, String categoryCode,
                                  Long customerId, Long ownerId, boolean confidential, String contactEmail,
                                  Instant receivedAt) {
}
