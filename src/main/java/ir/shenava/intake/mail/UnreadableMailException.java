package ir.shenava.intake.mail;

/** A message the channel cannot take; the message is a bundle key or the parser's own words. */
class UnreadableMailException extends RuntimeException {

    UnreadableMailException(String reason) {
        super(reason);
    }
}
