package ir.shenava.servicerecords.internal;

import java.time.Instant;

/** What a list shows of an attachment, without its bytes. */
public record AttachmentInfo(Long id, Long recordId, ServiceAttachment.Kind kind, String fileName, String contentType,
                             long sizeBytes, String uploadedBy, Instant uploadedAt) {
}
