package ir.shenava.intake;

import java.time.Instant;

/** A complaint as received, for other modules (the case page, mails to the complainant). */
public record ComplaintSummary(long id, String trackingCode, Channel channel, ComplaintStatus status, String categoryCode,
                               boolean confidential, Long customerId, Long contactId, Long equipmentId,
                               String contactName, String organisation, String contactPhone, String contactEmail,
                               Integer satisfaction, String subject, String description, String remedySought,
                               Instant receivedAt, Long receivedBy, Long ownerId) {
}
