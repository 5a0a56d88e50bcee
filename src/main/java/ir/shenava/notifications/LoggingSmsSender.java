package ir.shenava.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The SMS adapter used while no gateway is configured: writes the message to the log. A real
 * gateway adapter is declared {@code @Primary} and takes over.
 */
@Component
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(String phone, String text) {
        log.info("SMS (no gateway, not sent) to {}: {}", phone, text);
    }
}
