package ir.shenava.notifications.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The default while no gateway is configured: writes the message to the log and sends nothing. */
@Component
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public SmsProvider provider() {
        return SmsProvider.LOG;
    }

    @Override
    public Outcome send(SmsSettings settings, Outgoing message) {
        log.info("SMS (no gateway, not sent) to {}: {}", message.phone(), message.text());
        return new Sent("log-" + message.localId());
    }

    @Override
    public LookupResult lookup(SmsSettings settings, long localId) {
        // nothing left the building: sending again only writes the log line again
        return new LookupResult(Lookup.NOT_FOUND, null);
    }

    @Override
    public Delivery delivery(SmsSettings settings, String messageId) {
        return Delivery.PENDING;
    }
}
