package ir.shenava.notifications.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import ir.shenava.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches delivery reports: every few minutes, on one node at a time, asks the gateway what became
 * of the messages it took in the last three days and that are neither delivered nor failed yet.
 * A gateway that does not answer is simply asked again next time.
 */
@Component
public class SmsDeliveryReports {

    private static final Logger log = LoggerFactory.getLogger(SmsDeliveryReports.class);
    private static final Duration ASKED_FOR = Duration.ofDays(3);

    private final SmsMessages messages;
    private final SmsSettingsStore settings;
    private final java.util.List<SmsGateway> gateways;
    private final ClusterLock lock;
    private final Clock clock;

    SmsDeliveryReports(SmsMessages messages, SmsSettingsStore settings, java.util.List<SmsGateway> gateways,
                       ClusterLock lock, Clock clock) {
        this.messages = messages;
        this.settings = settings;
        this.gateways = gateways;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shenava.sms.reports.interval:PT5M}", initialDelayString = "PT2M")
    void scheduled() {
        runOnce();
    }

    /** @return how many messages got a final report this time (-1 when another node is at it) */
    public int runOnce() {
        return lock.runAlone("sms-delivery-reports", this::fetch).orElse(-1);
    }

    private int fetch() {
        SmsSettings current = settings.current();
        Instant now = clock.instant();
        int settled = 0;
        for (SmsMessage message : messages.awaitingReport(now.minus(ASKED_FOR), 200)) {
            if (message.gateway() != current.provider() || message.gatewayMessageId() == null) {
                continue; // sent through a gateway no longer configured: its key is gone
            }
            SmsGateway gateway = gateways.stream().filter(g -> g.provider() == message.gateway()).findFirst().orElseThrow();
            SmsGateway.Delivery delivery = gateway.delivery(current, message.gatewayMessageId());
            if (delivery == null) {
                log.info("No delivery report from {} now; asking again later", gateway.provider());
                break;
            }
            messages.delivery(message.id(), delivery, now);
            if (delivery != SmsGateway.Delivery.PENDING) {
                settled++;
            }
        }
        return settled;
    }
}
