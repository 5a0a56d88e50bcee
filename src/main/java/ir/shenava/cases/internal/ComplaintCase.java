package ir.shenava.cases.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import ir.shenava.cases.CaseState;
import ir.shenava.cases.Priority;
import ir.shenava.cases.Severity;
import ir.shenava.cases.SlaMilestone;
import ir.shenava.intake.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.springframework.data.domain.Persistable;

/**
 * The investigation of one complaint (same id). Its state moves only through {@link CaseStep}s;
 * every method checks the step is allowed from where the case stands and refuses otherwise.
 */
@Entity
@Table(name = "complaint_case")
public class ComplaintCase implements Persistable<Long> {

    @Id
    private Long id;
    private String trackingCode;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String categoryCode;
    private boolean confidential;
    private Long customerId;
    private String subject;
    @Enumerated(EnumType.STRING)
    private CaseState state = CaseState.RECEIVED;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    @Enumerated(EnumType.STRING)
    private Priority priority = Priority.NORMAL;
    private boolean immediateAction;
    private String remedySought;
    private Long ownerId;
    private Instant openedAt;
    private Instant acknowledgedAt;
    private Instant firstContactAt;
    private Instant communicatedAt;
    private Instant closedAt;
    private Instant reopenedAt;
    private Instant acknowledgeDueAt;
    private Instant firstContactDueAt;
    private Instant resolutionDueAt;
    private short escalationLevel;
    private Long escalatedTo;
    private String decision;
    private String response;
    private String communicatedHow;
    private Boolean customerSatisfied;
    private String closeReason;
    private String rejectReason;
    private String rejectNote;
    private Long duplicateOf;
    @Version
    private long version;
    /** The id is the complaint's, given not generated: without this, saving a new case would SELECT it first. */
    @Transient
    private boolean fresh = true;

    protected ComplaintCase() {
    }

    public ComplaintCase(long complaintId, String trackingCode, Channel channel, String categoryCode, boolean confidential,
                         Long customerId, String subject, String remedySought, Long ownerId, Instant openedAt, SlaDues dues) {
        this.id = complaintId;
        this.trackingCode = trackingCode;
        this.channel = channel;
        this.categoryCode = categoryCode;
        this.confidential = confidential;
        this.customerId = customerId;
        this.subject = subject;
        this.remedySought = remedySought;
        this.ownerId = ownerId;
        this.openedAt = openedAt;
        reschedule(dues);
    }

    /** Moves along a step, or refuses. Returns the state it left. */
    CaseState move(CaseStep step) {
        if (!step.allowedFrom(state)) {
            throw new CaseRuleException("case.error.stepNotAllowed");
        }
        CaseState before = state;
        state = step.to();
        return before;
    }

    void acknowledge(Instant at) {
        move(CaseStep.ACKNOWLEDGE);
        acknowledgedAt = at;
    }

    void assess(String categoryCode, Severity severity, Priority priority, boolean immediateAction, String remedySought,
                SlaDues dues) {
        move(CaseStep.ASSESS);
        this.categoryCode = categoryCode;
        this.severity = severity;
        this.priority = priority;
        this.immediateAction = immediateAction;
        this.remedySought = remedySought;
        reschedule(dues);
    }

    void proposeResponse(String decision, String response) {
        move(CaseStep.PROPOSE_RESPONSE);
        this.decision = decision;
        this.response = response;
    }

    void communicate(String how, Instant at) {
        move(CaseStep.COMMUNICATE_DECISION);
        this.communicatedHow = how;
        this.communicatedAt = at;
        contactedCustomer(at);
    }

    /** The customer confirmed satisfaction; closing may still wait for open corrective actions. */
    void customerSatisfied() {
        if (!CaseStep.CLOSE.allowedFrom(state)) {
            throw new CaseRuleException("case.error.stepNotAllowed");
        }
        this.customerSatisfied = Boolean.TRUE;
    }

    void customerNotSatisfied() {
        move(CaseStep.RECORD_NOT_SATISFIED);
        this.customerSatisfied = false;
        this.communicatedAt = null;
    }

    /**
     * Closes the case. Without the customer's confirmation, or with corrective actions still open,
     * only a senior manager may close it, and only with a reason.
     */
    void close(boolean satisfiedConfirmed, boolean openActions, boolean senior, String reason, Instant at) {
        boolean needsReason = !satisfiedConfirmed || openActions;
        if (needsReason && !senior) {
            throw new CaseRuleException(openActions ? "case.error.openActions" : "case.error.closeNeedsConfirmation");
        }
        if (needsReason && (reason == null || reason.isBlank())) {
            throw new CaseRuleException("case.error.closeReasonRequired");
        }
        move(CaseStep.CLOSE);
        this.customerSatisfied = satisfiedConfirmed ? Boolean.TRUE : customerSatisfied;
        this.closeReason = needsReason ? reason.strip() : null;
        this.closedAt = at;
    }

    void reject(String reason, String note, Long duplicateOf) {
        if ("DUPLICATE".equals(reason) && (duplicateOf == null || duplicateOf.equals(id))) {
            throw new CaseRuleException("case.error.duplicateNeedsOriginal");
        }
        move(CaseStep.REJECT);
        this.rejectReason = reason;
        this.rejectNote = note;
        this.duplicateOf = "DUPLICATE".equals(reason) ? duplicateOf : null;
    }

    /**
     * Back to work: the clocks that apply to a reopened complaint start again from {@code at} — the
     * customer is owed a new first contact and a resolution, each by its target. The acknowledgement
     * is not restarted: the complaint was acknowledged when it arrived and the reopening is a staff
     * member's own step (no acknowledgement is owed for it), and the quarterly figures measure the
     * acknowledgement against the first receipt.
     */
    void reopen(Instant at, SlaDues dues) {
        move(CaseStep.REOPEN);
        this.closedAt = null;
        this.communicatedAt = null;
        this.customerSatisfied = null;
        this.escalationLevel = 0;
        this.reopenedAt = at;
        this.firstContactAt = null;
        this.firstContactDueAt = dues.firstContact();
        this.resolutionDueAt = dues.resolution();
    }

    /** Where the SLA clocks count from: the last reopening, else the opening. */
    Instant clocksStartedAt() {
        return reopenedAt != null ? reopenedAt : openedAt;
    }

    /**
     * Back to work after the customer's "not satisfied" or a reopening: resolution is owed again,
     * with a fresh due moment counted from now.
     */
    void restartResolution(Instant resolutionDueAt) {
        this.communicatedAt = null;
        this.resolutionDueAt = resolutionDueAt;
    }

    /** The first conversation with the customer (a talk logged, or the decision communicated). */
    void contactedCustomer(Instant at) {
        if (firstContactAt == null) {
            firstContactAt = at;
        }
    }

    void changeOwner(long staffId) {
        this.ownerId = staffId;
    }

    void escalate(long toStaffId, int level) {
        this.escalatedTo = toStaffId;
        this.escalationLevel = (short) Math.max(escalationLevel, level);
    }

    private void reschedule(SlaDues dues) {
        if (reopenedAt == null) {   // a reopened case was acknowledged when it first arrived: that due moment stays
            this.acknowledgeDueAt = dues.acknowledge();
        }
        this.firstContactDueAt = dues.firstContact();
        this.resolutionDueAt = dues.resolution();
    }

    /** The first SLA milestone not yet met, or null when all are (or the case is over). */
    public SlaMilestone nextMilestone() {
        if (!state.isOpen()) {
            return null;
        }
        if (acknowledgedAt == null) {
            return SlaMilestone.ACKNOWLEDGE;
        }
        if (firstContactAt == null) {
            return SlaMilestone.FIRST_CONTACT;
        }
        return communicatedAt == null ? SlaMilestone.RESOLUTION : null;
    }

    public Instant dueAt(SlaMilestone milestone) {
        return switch (milestone) {
            case ACKNOWLEDGE -> acknowledgeDueAt;
            case FIRST_CONTACT -> firstContactDueAt;
            case RESOLUTION -> resolutionDueAt;
        };
    }

    /** What the audit trail records of the case before and after a change. */
    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", state);
        s.put("owner", ownerId);
        s.put("category", categoryCode);
        s.put("severity", severity);
        s.put("priority", priority);
        s.put("immediateAction", immediateAction);
        s.put("escalationLevel", escalationLevel);
        s.put("escalatedTo", escalatedTo);
        s.put("customerSatisfied", customerSatisfied);
        return s;
    }

    @Override
    public Long getId() { return id; }

    @Override
    public boolean isNew() { return fresh; }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
    public String getTrackingCode() { return trackingCode; }
    public Channel getChannel() { return channel; }
    public String getCategoryCode() { return categoryCode; }
    public boolean isConfidential() { return confidential; }
    public Long getCustomerId() { return customerId; }
    public String getSubject() { return subject; }
    public CaseState getState() { return state; }
    public Severity getSeverity() { return severity; }
    public Priority getPriority() { return priority; }
    public boolean isImmediateAction() { return immediateAction; }
    public String getRemedySought() { return remedySought; }
    public Long getOwnerId() { return ownerId; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getReopenedAt() { return reopenedAt; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public Instant getFirstContactAt() { return firstContactAt; }
    public Instant getCommunicatedAt() { return communicatedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getAcknowledgeDueAt() { return acknowledgeDueAt; }
    public Instant getFirstContactDueAt() { return firstContactDueAt; }
    public Instant getResolutionDueAt() { return resolutionDueAt; }
    public int getEscalationLevel() { return escalationLevel; }
    public Long getEscalatedTo() { return escalatedTo; }
    public String getDecision() { return decision; }
    public String getResponse() { return response; }
    public String getCommunicatedHow() { return communicatedHow; }
    public Boolean getCustomerSatisfied() { return customerSatisfied; }
    public String getCloseReason() { return closeReason; }
    public String getRejectReason() { return rejectReason; }
    public String getRejectNote() { return rejectNote; }
    public Long getDuplicateOf() { return duplicateOf; }
}
