package ir.shenava.intake.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import ir.shenava.intake.MailboxFetchFailing;
import ir.shenava.platform.ClusterLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outages of the complaints mailboxes. A failed fetch opens an outage (if none is open), a successful
 * one ends it. Once a minute (one node at a time) an outage of an active mailbox that has lasted
 * {@link #ALERT_AFTER} is announced with {@link MailboxFetchFailing} — once per outage, because the
 * row remembers it was. Also the metrics {@code shenava_mailbox_fetch_failures_total} (failed fetches
 * on this node) and {@code shenava_mailboxes_failing} (active mailboxes in an outage), and what the
 * health indicator reports.
 */
@Component
public class MailboxOutages implements MeterBinder {

    static final Duration ALERT_AFTER = Duration.ofHours(1);

    /** An active mailbox's open outage. */
    public record Outage(long mailboxId, String name, Instant since, String lastError) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final ClusterLock lock;
    private Counter failures;

    MailboxOutages(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, TransactionTemplate tx, ClusterLock lock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.tx = tx;
        this.lock = lock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        failures = Counter.builder("shenava.mailbox.fetch.failures").description("Failed mailbox fetches").register(registry);
        Gauge.builder("shenava.mailboxes.failing", this, o -> o.open().size())
                .description("Active mailboxes whose last fetch failed").register(registry);
    }

    void failed(long mailboxId) {
        if (failures != null) {
            failures.increment();
        }
        jdbc.sql("insert into mailbox_outage (mailbox_id, since) values (?, ?) on conflict (mailbox_id) do nothing")
                .params(mailboxId, Timestamp.from(clock.instant())).update();
    }

    void recovered(long mailboxId) {
        jdbc.sql("delete from mailbox_outage where mailbox_id = ?").param(mailboxId).update();
    }

    /** The open outages of active mailboxes, oldest first. */
    public List<Outage> open() {
        return jdbc.sql("""
                        select m.id, m.name, o.since, m.last_error from mailbox_outage o join mailbox m on m.id = o.mailbox_id
                        where m.active order by o.since, m.id""")
                .query((rs, n) -> new Outage(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** Whether an outage has lasted long enough to alert on. */
    public boolean isLong(Outage outage) {
        return !outage.since().isAfter(clock.instant().minus(ALERT_AFTER));
    }

    @Scheduled(fixedDelayString = "${shenava.mail.outage-check-interval:PT1M}", initialDelayString = "PT1M")
    void scheduled() {
        alertOnce();
    }

    /** @return how many outages were announced now (-1 when another node is at it) */
    public int alertOnce() {
        return lock.runAlone("mailbox-outage-alerts", () -> tx.execute(s -> {
            Instant now = clock.instant();
            List<Outage> due = jdbc.sql("""
                            select m.id, m.name, o.since, m.last_error from mailbox_outage o join mailbox m on m.id = o.mailbox_id
                            where m.active and o.alerted_at is null and o.since <= ? for update of o""")
                    .param(Timestamp.from(now.minus(ALERT_AFTER)))
                    .query((rs, n) -> new Outage(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                    .list();
            for (Outage o : due) {
                jdbc.sql("update mailbox_outage set alerted_at = ? where mailbox_id = ?").params(Timestamp.from(now), o.mailboxId())
                        .update();
                events.publishEvent(new MailboxFetchFailing(o.mailboxId(), o.name(), o.since(), o.lastError()));
            }
            return due.size();
        })).orElse(-1);
    }
}
