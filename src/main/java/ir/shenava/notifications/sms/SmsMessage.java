package ir.shenava.notifications.sms;

import java.time.Instant;

/** One row of {@code sms_message}: a text to a phone and how far it got (see the table's comment). */
public record SmsMessage(long id, String idempotencyKey, Long complaintId, String phone, String text, int parts,
                         State state, int attempts, Instant nextAttemptAt, SmsProvider gateway, String gatewayMessageId,
                         String lastError, SmsGateway.Delivery delivery, Instant createdAt, Instant sentAt,
                         Instant deliveredAt) {

    public enum State {
        QUEUED, SENDING, SENT, LOGGED, FAILED, UNCERTAIN;

        /** No further attempt will be made. */
        public boolean finished() {
            return this != QUEUED && this != SENDING;
        }
    }

    /** What the staff see: delivered, failed (or not delivered) or pending. */
    public String status() {
        if (state == State.FAILED || delivery == SmsGateway.Delivery.UNDELIVERED) {
            return "failed";
        }
        if (delivery == SmsGateway.Delivery.DELIVERED) {
            return "delivered";
        }
        return switch (state) {
            case LOGGED -> "logged";
            case UNCERTAIN -> "uncertain";
            default -> "pending";
        };
    }
}
