package ir.shenava.servicerecords.importing;

import ir.shenava.shared.SpreadsheetReader;

/**
 * The file cannot be used, or the confirmation is refused; nothing was written. The message is a
 * key of {@code i18n/service-import*.properties}.
 */
public class ServiceImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Object[] args;

    public ServiceImportException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    static ServiceImportException of(SpreadsheetReader.Problem problem) {
        return new ServiceImportException(switch (problem) {
            case EMPTY -> "serviceImport.file.empty";
            case TOO_LARGE -> "serviceImport.file.tooLarge";
            case UNSUPPORTED -> "serviceImport.file.unsupported";
            case UNREADABLE -> "serviceImport.file.unreadable";
            case TOO_MANY_ROWS -> "serviceImport.file.tooManyRows";
        }, ServiceImportTable.MAX_ROWS);
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args;
    }
}
