package ir.shenava.intake.mail;

import java.time.Instant;

/** The certificate authority uploaded for a mailbox, as the page shows it. */
public record MailboxAuthority(String subject, Instant validUntil) {
}
