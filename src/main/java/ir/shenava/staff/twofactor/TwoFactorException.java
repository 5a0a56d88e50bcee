package ir.shenava.staff.twofactor;

/** A two-factor step refused; the message key says why in the person's language. */
public class TwoFactorException extends RuntimeException {

    private final String messageKey;

    public TwoFactorException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
