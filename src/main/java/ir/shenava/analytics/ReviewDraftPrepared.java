package ir.shenava.analytics;

import java.time.Instant;

/**
 * The quarter-end job prepared a quarter's management review draft (with its frozen figures); the
 * quality manager and the CEO were told in their analytics notices. For the notifications module
 * to mail, should it want to.
 *
 * @param quarter "1405-Q3"
 */
public record ReviewDraftPrepared(long reviewId, String quarter, Instant at) {
}
