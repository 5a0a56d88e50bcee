package ir.shenava.intake.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code mailboxes} in {@code /actuator/health}: OUT_OF_SERVICE while an active mailbox has failed to
 * fetch for an hour or more, with each failing mailbox, since when and its last error as details.
 * OUT_OF_SERVICE answers HTTP 200 (application.yml): one unreachable mail server must not take the
 * whole node out of a load balancer.
 */
@Component("mailboxesHealthIndicator")
class MailboxHealth implements HealthIndicator {

    private final MailboxOutages outages;

    MailboxHealth(MailboxOutages outages) {
        this.outages = outages;
    }

    @Override
    public Health health() {
        List<MailboxOutages.Outage> open = outages.open();
        Map<String, Object> details = new LinkedHashMap<>();
        boolean longOutage = false;
        for (MailboxOutages.Outage o : open) {
            longOutage |= outages.isLong(o);
            details.put(o.name(), Map.of("failingSince", o.since().toString(),
                    "lastError", o.lastError() == null ? "" : o.lastError()));
        }
        return (longOutage ? Health.outOfService() : Health.up()).withDetails(details).build();
    }
}
