package ir.shenava.intake.internal;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code shenava_complaints_received_total{channel}}: complaints stored, per channel, counted on this
 * node after their transaction commits (a refused or rolled-back one is not counted). Every channel
 * starts at zero so a dashboard sees all of them. A plain (not transactional) listener on purpose: it
 * leaves no row in the event publication registry.
 */
@Component
class IntakeMetrics implements MeterBinder {

    private final Map<Channel, Counter> received = new EnumMap<>(Channel.class);

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            received.put(channel, Counter.builder("shenava.complaints.received").tag("channel", channel.name())
                    .description("Complaints received, per channel").register(registry));
        }
    }

    @EventListener
    void on(ComplaintRegistered registered) {
        Counter counter = received.get(registered.channel());
        if (counter == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
