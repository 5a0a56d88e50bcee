package ir.shenava.intake.mail;

/**
 * How a mailbox's IMAP connection is protected. STARTTLS is the default: on port 143 the
 * connection is upgraded to TLS before the password is sent, and a server that does not offer the
 * upgrade is refused rather than sent the password in clear. NONE only by an explicit choice.
 */
public enum MailboxSecurity {
    /** TLS from the first byte (imaps, usually port 993). */
    SSL(993),
    /** Plain IMAP upgraded with STARTTLS before login; required, never skipped (port 143). */
    STARTTLS(143),
    /** No encryption at all: the password and the mail cross the network readable. */
    NONE(143);

    private final int usualPort;

    MailboxSecurity(int usualPort) {
        this.usualPort = usualPort;
    }

    public int usualPort() {
        return usualPort;
    }

    public String messageKey() {
        return "mailbox.security." + name();
    }

    /** Whether certificates are checked on the connection (and an uploaded authority matters). */
    public boolean usesTls() {
        return this != NONE;
    }
}
