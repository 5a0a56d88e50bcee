package ir.shenava.intake.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file sent with a complaint, kept in the database so that app nodes hold no state. */
@Entity
@Table(name = "complaint_attachment")
public class ComplaintAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long complaintId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private Instant uploadedAt;

    protected ComplaintAttachment() {
    }

    ComplaintAttachment(long complaintId, ComplaintFile file, Instant now) {
        this.complaintId = complaintId;
        this.fileName = file.name();
        this.contentType = file.mediaType();
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.uploadedAt = now;
    }

    public Long getId() { return id; }
    public Long getComplaintId() { return complaintId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public Instant getUploadedAt() { return uploadedAt; }
}
