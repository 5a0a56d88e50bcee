package ir.shenava.customers.importing;

/** The uploaded file as a whole cannot be used (too big, binary, no header …); the message is a bundle key. */
public class ImportFileException extends RuntimeException {

    private final transient Object[] args;

    public ImportFileException(String messageKey, Object... args) {
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
