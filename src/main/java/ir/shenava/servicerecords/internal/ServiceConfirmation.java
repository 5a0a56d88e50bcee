package ir.shenava.servicerecords.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The customer's confirmation form of a done service: its scan and the checklist of what it shows. */
@Entity
@Table(name = "service_confirmation")
public class ServiceConfirmation {

    @Id
    private Long recordId;
    private Long attachmentId;
    private boolean filled;
    private boolean stamped;
    private boolean signed;
    private boolean consistent;
    private String checkedBy;
    private Instant checkedAt;

    protected ServiceConfirmation() {
    }

    public ServiceConfirmation(long recordId) {
        this.recordId = recordId;
    }

    public void attachScan(long attachmentId) {
        this.attachmentId = attachmentId;
    }

    public void check(boolean filled, boolean stamped, boolean signed, boolean consistent, String by, Instant at) {
        this.filled = filled;
        this.stamped = stamped;
        this.signed = signed;
        this.consistent = consistent;
        this.checkedBy = by;
        this.checkedAt = at;
    }

    /** Complete when there is a scan and it is filled in, stamped, signed and matches the record. */
    public boolean isComplete() {
        return attachmentId != null && filled && stamped && signed && consistent;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public boolean isFilled() {
        return filled;
    }

    public boolean isStamped() {
        return stamped;
    }

    public boolean isSigned() {
        return signed;
    }

    public boolean isConsistent() {
        return consistent;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
