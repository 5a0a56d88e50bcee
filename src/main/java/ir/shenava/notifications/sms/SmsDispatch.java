package ir.shenava.notifications.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Hands a stored SMS to the chosen gateway, durably and at most once.
 *
 * <p>Durable: the listener runs from the event publication registry; while the gateway is down or
 * answers an error it throws, the publication stays incomplete and the registry runs it again
 * (every minute); the row's {@code next_attempt_at} spaces the real attempts out — 1, 2, 4 … minutes,
 * at most an hour apart — and after the last allowed attempt the message is FAILED.
 *
 * <p>At most once: the row is claimed (QUEUED → SENDING, committed) before the gateway is called,
 * and the answer recorded after. A row found still SENDING means the answer was never recorded (a
 * crash, a time-out): the message may have gone out. Kavenegar keeps our row id ({@code localid})
 * and is asked for it — found, its message id is recorded; not found, it is sent again. SMS.ir has
 * no such query, so the message is marked UNCERTAIN and never sent again: a missing SMS is shown to
 * the staff, a doubled one would reach the customer.
 */
@Component
public class SmsDispatch {

    private static final Logger log = LoggerFactory.getLogger(SmsDispatch.class);

    /** Thrown to leave the publication incomplete: the message waits for its next attempt. */
    static final class NotSentYet extends RuntimeException {
        NotSentYet(String message) {
            super(message, null, false, false);
        }
    }

    private final SmsMessages messages;
    private final SmsSettingsStore settings;
    private final Map<SmsProvider, SmsGateway> gateways = new EnumMap<>(SmsProvider.class);
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int maxAttempts;

    SmsDispatch(SmsMessages messages, SmsSettingsStore settings, List<SmsGateway> gateways, Clock clock,
                @Value("${shenava.sms.retry.first-delay:PT1M}") Duration firstDelay,
                @Value("${shenava.sms.retry.max-delay:PT1H}") Duration maxDelay,
                @Value("${shenava.sms.retry.max-attempts:10}") int maxAttempts) {
        this.messages = messages;
        this.settings = settings;
        gateways.forEach(g -> this.gateways.put(g.provider(), g));
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxAttempts = maxAttempts;
    }

    // no transaction: each state change commits on its own, none is held open while the gateway answers
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SmsQueued queued) {
        attempt(queued.smsId());
    }

    /** One attempt; returns when the message needs no more, throws {@link NotSentYet} when it does. */
    public void attempt(long id) {
        SmsMessage message = messages.find(id).orElse(null);
        if (message == null || message.state().finished()) {
            return;
        }
        Instant now = clock.instant();
        if (message.nextAttemptAt().isAfter(now)) {
            throw new NotSentYet("SMS " + id + " waits until " + message.nextAttemptAt());
        }
        SmsSettings current = settings.current();
        if (message.state() == SmsMessage.State.SENDING && !resolveUnrecorded(message, current, now)) {
            return;
        }
        SmsGateway gateway = gateways.get(current.provider());
        if (!messages.claim(id, gateway.provider(), now)) {
            throw new NotSentYet("SMS " + id + " is being sent by another run");
        }
        int attempt = message.attempts() + 1;
        SmsGateway.Outcome outcome = gateway.send(current, new SmsGateway.Outgoing(id, message.phone(),
                message.text()));
        if (outcome instanceof SmsGateway.Sent sent) {
            messages.sent(id, gateway.provider() == SmsProvider.LOG ? SmsMessage.State.LOGGED : SmsMessage.State.SENT,
                    sent.messageId(), clock.instant());
            log.info("SMS {} sent through {} as {}", id, gateway.provider(), sent.messageId());
        } else if (outcome instanceof SmsGateway.Rejected rejected) {
            messages.finish(id, SmsMessage.State.FAILED, rejected.reason());
            log.warn("SMS {} refused by {}: {}", id, gateway.provider(), rejected.reason());
        } else if (outcome instanceof SmsGateway.Unavailable unavailable) {
            if (attempt >= maxAttempts) {
                messages.finish(id, SmsMessage.State.FAILED, "after " + attempt + " attempts: " + unavailable.reason());
                log.warn("SMS {} given up after {} attempts: {}", id, attempt, unavailable.reason());
                return;
            }
            messages.retryAt(id, unavailable.reason(), now.plus(delay(attempt)));
            throw new NotSentYet("SMS " + id + " not sent: " + unavailable.reason());
        } else if (outcome instanceof SmsGateway.Unanswered unanswered) {
            messages.unanswered(id, unanswered.reason(), now.plus(delay(attempt)));
            throw new NotSentYet("SMS " + id + " unanswered: " + unanswered.reason());
        }
    }

    /**
     * A row left SENDING: finds out from the gateway whether it went out.
     * @return true when it is back in the queue and may be sent now
     */
    private boolean resolveUnrecorded(SmsMessage message, SmsSettings current, Instant now) {
        SmsGateway gateway = message.gateway() == current.provider() ? gateways.get(message.gateway()) : null;
        SmsGateway.LookupResult found = gateway == null ? new SmsGateway.LookupResult(SmsGateway.Lookup.UNSUPPORTED, null)
                : gateway.lookup(current, message.id());
        switch (found.lookup()) {
            case FOUND -> {
                messages.sent(message.id(), SmsMessage.State.SENT, found.messageId(), now);
                log.info("SMS {} had gone out through {} as {}; recorded now", message.id(), gateway.provider(), found.messageId());
                return false;
            }
            case NOT_FOUND -> {
                messages.retryAt(message.id(), "not at the gateway after an unrecorded attempt", now);
                return true;
            }
            case UNAVAILABLE -> {
                messages.unanswered(message.id(), "gateway could not be asked about an unrecorded attempt",
                        now.plus(delay(message.attempts())));
                throw new NotSentYet("SMS " + message.id() + ": gateway could not be asked");
            }
            default -> {
                messages.finish(message.id(), SmsMessage.State.UNCERTAIN, "answer lost and " + message.gateway()
                        + " cannot be asked: not sent again (" + message.lastError() + ")");
                log.warn("SMS {} may or may not have been sent by {}: marked uncertain, not sent again", message.id(),
                        message.gateway());
                return false;
            }
        }
    }

    /** 1, 2, 4 … times the first delay after the n-th failed attempt, never more than the maximum. */
    Duration delay(int attempt) {
        Duration d = firstDelay.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
