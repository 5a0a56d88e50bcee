package ir.shenava.servicerecords.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document of a service, or the scan of its confirmation form. The bytes load only when asked for. */
@Entity
@Table(name = "service_attachment")
public class ServiceAttachment {

    public enum Kind { DOCUMENT, CONFIRMATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long recordId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected ServiceAttachment() {
    }

    public ServiceAttachment(long recordId, Kind kind, UploadedFile file, String uploadedBy, Instant now) {
        this.recordId = recordId;
        this.kind = kind;
        this.fileName = file.name();
        this.contentType = file.type().mediaType();
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
