package ir.shenava.surveys.reasons;

/** An edit of the catalogue was refused; the message key says why, in the reader's language. */
public class ReasonRuleException extends RuntimeException {

    private final String messageKey;

    public ReasonRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
