package ir.shenava.cases.internal;

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

/** One entry of a case's investigation log, written once by its author and never changed. */
@Entity
@Table(name = "case_log_entry")
public class LogEntry {

    /** What the entry records; each kind asks for its own fields on the page. */
    public enum Kind {
        DOCUMENTS_REVIEWED, TALK_WITH_EXPERT, TALK_WITH_CUSTOMER, NOTE, ATTACHMENT;

        public String messageKey() {
            return "case.log." + name();
        }
    }

    /** How the talk with the customer happened. */
    public enum How {
        PHONE, VISIT, EMAIL, MEETING, UNREACHABLE;

        public String messageKey() {
            return "case.how." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private long authorId;
    private Instant writtenAt;
    private Long partyStaffId;
    @Enumerated(EnumType.STRING)
    private How how;
    private String reference;
    private String summary;
    private String fileName;
    private String contentType;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected LogEntry() {
    }

    LogEntry(long caseId, Kind kind, long authorId, Instant writtenAt, Long partyStaffId, How how, String reference,
             String summary) {
        this.caseId = caseId;
        this.kind = kind;
        this.authorId = authorId;
        this.writtenAt = writtenAt;
        this.partyStaffId = partyStaffId;
        this.how = how;
        this.reference = reference;
        this.summary = summary;
    }

    void attach(String fileName, String contentType, byte[] content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public Kind getKind() { return kind; }
    public long getAuthorId() { return authorId; }
    public Instant getWrittenAt() { return writtenAt; }
    public Long getPartyStaffId() { return partyStaffId; }
    public How getHow() { return how; }
    public String getReference() { return reference; }
    public String getSummary() { return summary; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public byte[] getContent() { return content; }
}
