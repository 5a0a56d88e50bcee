package ir.shenava.analytics.review;

/** A review step that is not allowed now (locked, not found, bad input); the message key says why in the UI. */
public class ReviewRuleException extends RuntimeException {

    private final String messageKey;

    public ReviewRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
