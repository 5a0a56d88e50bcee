package ir.shenava.intake;

import java.time.Instant;

/**
 * A complaints mailbox has failed to fetch for an hour (since {@code since}, the first failure after
 * its last success). Published once per outage; the administrators are told.
 */
public record MailboxFetchFailing(long mailboxId, String name, Instant since, String lastError) {
}
