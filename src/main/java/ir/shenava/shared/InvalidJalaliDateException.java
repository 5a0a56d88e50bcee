package ir.shenava.shared;

/**
 * Thrown for a malformed or impossible Jalali date (e.g. 1404/12/30). Carries a message-bundle
 * key for the web layer and a Persian message.
 */
public class InvalidJalaliDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidJalaliDateException(String input) {
        super("تاریخ معتبر نیست: " + input);
    }

    /** Key in {@code messages*.properties}. */
    public String messageKey() {
        return "date.invalid";
    }
}
