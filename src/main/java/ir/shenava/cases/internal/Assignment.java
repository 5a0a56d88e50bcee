package ir.shenava.cases.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case (or a task within it) handed from one person to someone below them in the reporting chain. */
@Entity
@Table(name = "case_assignment")
public class Assignment {

    public enum State { ACTIVE, DONE, TAKEN_BACK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private Long parentId;
    private long fromStaff;
    private long toStaff;
    private String instructions;
    private LocalDate followUpOn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state = State.ACTIVE;
    private String report;
    private Instant createdAt;
    private Instant endedAt;
    private boolean followUpReminded;

    protected Assignment() {
    }

    Assignment(long caseId, Long parentId, long fromStaff, long toStaff, String instructions, LocalDate followUpOn, Instant at) {
        this.caseId = caseId;
        this.parentId = parentId;
        this.fromStaff = fromStaff;
        this.toStaff = toStaff;
        this.instructions = instructions;
        this.followUpOn = followUpOn;
        this.createdAt = at;
    }

    void reportDone(String report, Instant at) {
        end(State.DONE, at);
        this.report = report;
    }

    void takeBack(Instant at) {
        end(State.TAKEN_BACK, at);
    }

    /**
     * The task above this one was taken back: a finished task below it goes with it (its report is
     * kept), so nobody stays on the chain through a task whose parent is no longer live.
     */
    void withdrawnWithParent(Instant at) {
        if (state == State.DONE) {
            this.state = State.TAKEN_BACK;
        } else {
            takeBack(at);
        }
    }

    private void end(State to, Instant at) {
        if (state != State.ACTIVE) {
            throw new CaseRuleException("case.error.assignmentNotActive");
        }
        this.state = to;
        this.endedAt = at;
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public Long getParentId() { return parentId; }
    public long getFromStaff() { return fromStaff; }
    public long getToStaff() { return toStaff; }
    public String getInstructions() { return instructions; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public State getState() { return state; }
    public String getReport() { return report; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEndedAt() { return endedAt; }
    public boolean isFollowUpReminded() { return followUpReminded; }
}
