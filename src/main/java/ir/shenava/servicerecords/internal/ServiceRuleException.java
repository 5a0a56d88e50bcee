package ir.shenava.servicerecords.internal;

/** A rule of the service-records module was broken; the message is a message-bundle key. */
public class ServiceRuleException extends RuntimeException {

    public ServiceRuleException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
