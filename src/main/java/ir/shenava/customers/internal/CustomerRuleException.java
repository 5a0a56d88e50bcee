package ir.shenava.customers.internal;

/** A rule of the customers module was broken; the message is a message-bundle key. */
public class CustomerRuleException extends RuntimeException {

    private final transient Object[] args;

    public CustomerRuleException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args;
    }
}
