package ir.shenava.notifications.sms;

/**
 * An SMS was stored and waits for the gateway. Published in the transaction that stored it, so the
 * event publication registry holds it until {@link SmsDispatch} has an outcome that needs no retry.
 */
public record SmsQueued(long smsId) {
}
