package ir.shenava.cases.internal;

/** A workflow rule said no; the message key explains why, in the user's language. */
public class CaseRuleException extends RuntimeException {

    private final String messageKey;

    public CaseRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
