package ir.shenava.notifications.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mails and SMS that have not gone out. A mail has no table of its own: it is sent by a listener
 * through the event publication registry, so a mail not yet sent is an incomplete publication of one
 * of the mail-writing listeners, and one that failed at least once has been marked failed or
 * resubmitted. SMS keep their state in {@code sms_message}.
 * <ul>
 * <li>{@code shenava_mails_pending}, {@code shenava_mails_failed}</li>
 * <li>{@code shenava_sms_pending} (queued or being sent), {@code shenava_sms_failed} (refused or given up)</li>
 * </ul>
 */
@Component
class MessageMetrics implements MeterBinder {

    /** The listeners that write mails: customer mails and staff mails. */
    static final String MAIL_LISTENERS = "(listener_id like 'ir.shenava.notifications.Acknowledgement.%' "
            + "or listener_id like 'ir.shenava.notifications.CustomerMails.%' "
            + "or listener_id like 'ir.shenava.notifications.internal.StaffMail.%' "
            + "or listener_id like 'ir.shenava.notifications.internal.AccountLockMail.%')";

    private final JdbcClient jdbc;

    MessageMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shenava.mails.pending", this, MessageMetrics::mailsPending)
                .description("Mails not yet handed to the mail server").register(registry);
        Gauge.builder("shenava.mails.failed", this, MessageMetrics::mailsFailed)
                .description("Mails not yet sent that failed at least once").register(registry);
        Gauge.builder("shenava.sms.pending", this, m -> m.sms("'QUEUED', 'SENDING'"))
                .description("SMS queued or being sent").register(registry);
        Gauge.builder("shenava.sms.failed", this, m -> m.sms("'FAILED'"))
                .description("SMS refused by the gateway or given up").register(registry);
    }

    double mailsPending() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and " + MAIL_LISTENERS)
                .query(Long.class).single();
    }

    double mailsFailed() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and " + MAIL_LISTENERS
                        + " and (status = 'FAILED' or coalesce(completion_attempts, 0) > 1 or last_resubmission_date is not null)")
                .query(Long.class).single();
    }

    private double sms(String states) {
        return jdbc.sql("select count(*) from sms_message where state in (" + states + ")").query(Long.class).single();
    }
}
