package ir.shenava.customers.importing;

/** A confirmation that must not go ahead (errors with mode ALL, no acknowledgement …); nothing was written. */
public class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
