package ir.shenava.servicerecords;

import java.time.Instant;

/**
 * The CEO (or the quality manager as delegate) asked for a case to be opened from a finding of the
 * sample review of confirmation forms (policy 6). Published once per reviewed item, through the
 * event publication registry; the cases module will open a complaint case from it.
 *
 * @param customerId the customer of the reviewed service (an id in the customers module)
 * @param raisedBy   username of the reviewer who asked for the case
 */
public record ConfirmationFindingRaised(long reviewId, long itemId, long serviceRecordId, long customerId,
                                        String findings, String raisedBy, Instant raisedAt) {
}
