package ir.shenava.intake.mail;

import java.time.Instant;

/**
 * A message the channel could not take, as the administrator's page lists it.
 *
 * @param reason a bundle key ("mail.rejected.…") or the parser's own words
 */
public record SetAsideMessage(long id, long mailboxId, String mailboxName, String messageId, String reason,
                              Instant receivedAt, Long rawSize) {

    public boolean reasonIsKey() {
        return reason != null && reason.startsWith("mail.rejected.");
    }
}
