package ir.shenava.surveys;

import java.time.Instant;

/**
 * A follow-up call ended unreachable: the attempts allowed were used up without reaching the customer.
 * The quality manager is told (issue 12 §2); published once per call, next to {@link FollowUpCallEnded}.
 *
 * @param customerName the customer's name when the call ended, for the notification's text
 */
public record FollowUpCallUnreachable(long callId, long customerId, String customerName, int attempts, Instant endedAt) {
}
