package ir.shenava.notifications;

/** The port to an SMS gateway; {@link LoggingSmsSender} stands in until a real gateway is plugged in. */
public interface SmsSender {

    /** @param phone E.164, e.g. "+989121234567" */
    void send(String phone, String text);
}
