package ir.shenava.cases.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What will be done so it does not happen again: an owner, a due date, done and then verified. */
@Entity
@Table(name = "case_corrective_action")
public class CorrectiveAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private String description;
    private long ownerId;
    private LocalDate dueOn;
    private long createdBy;
    private Instant createdAt;
    private Instant doneAt;
    private String doneNote;
    private Instant verifiedAt;
    private Long verifiedBy;

    protected CorrectiveAction() {
    }

    CorrectiveAction(long caseId, String description, long ownerId, LocalDate dueOn, long createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.description = description;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void markDone(String note, Instant at) {
        if (doneAt != null) {
            throw new CaseRuleException("case.error.actionAlreadyDone");
        }
        this.doneAt = at;
        this.doneNote = note;
    }

    void verify(long by, Instant at) {
        if (doneAt == null || verifiedAt != null) {
            throw new CaseRuleException("case.error.actionNotVerifiable");
        }
        this.verifiedAt = at;
        this.verifiedBy = by;
    }

    public boolean isOpen() {
        return doneAt == null;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public String getDescription() { return description; }
    public long getOwnerId() { return ownerId; }
    public LocalDate getDueOn() { return dueOn; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDoneAt() { return doneAt; }
    public String getDoneNote() { return doneNote; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public Long getVerifiedBy() { return verifiedBy; }
}
