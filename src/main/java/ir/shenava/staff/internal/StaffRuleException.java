package ir.shenava.staff.internal;

/** A rule of the staff module was broken; the message is a message-bundle key shown to the user. */
public class StaffRuleException extends RuntimeException {

    public StaffRuleException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
