package ir.shenava.surveys.calls;

/** A call or survey step the rules forbid; the message is a message key for the page. */
public class CallRuleException extends RuntimeException {

    public CallRuleException(String messageKey) {
        super(messageKey);
    }
}
