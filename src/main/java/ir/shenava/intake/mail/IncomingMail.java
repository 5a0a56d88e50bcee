package ir.shenava.intake.mail;

import java.util.List;

/**
 * An email as the channel understands it, read from the raw message by {@link MailReading}.
 *
 * @param original            for a forwarded message (inline "From:" block or an attached message),
 *                            the person who wrote it first; else null
 * @param attachments         the files found, not yet checked for their type
 * @param automatic           an out-of-office or other automatic reply, which must never become a complaint
 * @param references          the In-Reply-To and References headers: the messages this one answers
 */
public record IncomingMail(String messageId, Sender from, Sender original, String subject, String text,
                           List<Attachment> attachments, boolean automatic, String references) {

    public record Sender(String name, String address) {
    }

    public record Attachment(String name, byte[] content) {
    }

    /** Who the complaint is from: the original writer of a forwarded message, else the sender. */
    public Sender complainant(boolean unwrapForward) {
        return unwrapForward && original != null ? original : from;
    }
}
