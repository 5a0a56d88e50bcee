package ir.shenava.surveys;

import java.time.Instant;

/**
 * A follow-up call reached its end, whatever the outcome; analytics counts the response rate
 * (reached / unreachable / refused) from it. Published once per call.
 *
 * @param dueAt when the call was first due
 */
public record FollowUpCallEnded(long callId, long customerId, CallOutcome outcome, int attempts, Instant dueAt,
        Instant endedAt) {
}
