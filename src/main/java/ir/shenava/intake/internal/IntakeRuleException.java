package ir.shenava.intake.internal;

/** A rule of intake was broken; the message is a message-bundle key shown to the person. */
public class IntakeRuleException extends RuntimeException {

    public IntakeRuleException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
