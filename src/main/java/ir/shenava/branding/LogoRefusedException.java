package ir.shenava.branding;

/** A logo file that is not taken, with the bundle key of the reason told to the administrator. */
public class LogoRefusedException extends RuntimeException {

    private final String messageKey;

    public LogoRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
