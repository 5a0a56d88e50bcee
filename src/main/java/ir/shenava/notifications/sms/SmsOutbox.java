package ir.shenava.notifications.sms;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores an SMS and, in the same transaction, publishes {@link SmsQueued} to the event registry. */
@Component
public class SmsOutbox {

    private final SmsMessages messages;
    private final ApplicationEventPublisher events;

    SmsOutbox(SmsMessages messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    /** @return false when a message with this key was queued before (nothing new is sent) */
    @Transactional
    public boolean queue(String key, Long complaintId, String phone, String text, int parts, Instant now) {
        return messages.queue(key, complaintId, phone, text, parts, now).map(id -> {
            events.publishEvent(new SmsQueued(id));
            return true;
        }).orElse(false);
    }
}
