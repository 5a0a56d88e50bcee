package ir.shenava.shared;

/**
 * Thrown when user input is not a valid Iranian phone number. Carries a message-bundle key so
 * web layers can show a translated error, and a Persian message for logs and quick feedback.
 */
public class InvalidPhoneNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;

    public InvalidPhoneNumberException(String input) {
        super("شماره تلفن معتبر نیست: " + input);
        this.input = input;
    }

    /** Key in {@code messages*.properties}. */
    public String messageKey() {
        return "phone.invalid";
    }

    /** The rejected input as given (may be {@code null}). */
    public String input() {
        return input;
    }
}
