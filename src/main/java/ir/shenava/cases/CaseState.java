package ir.shenava.cases;

import ir.shenava.intake.ComplaintStatus;

/** Where a case stands in its investigation; {@link #publicStatus()} is what the complainant sees. */
public enum CaseState {
    RECEIVED, ACKNOWLEDGED, ASSESSED, UNDER_INVESTIGATION, RESPONSE_PROPOSED, DECISION_COMMUNICATED,
    AWAITING_CONFIRMATION, CLOSED, REJECTED, REOPENED;

    public boolean isOpen() {
        return this != CLOSED && this != REJECTED;
    }

    public ComplaintStatus publicStatus() {
        return switch (this) {
            case RECEIVED -> ComplaintStatus.RECEIVED;
            case ACKNOWLEDGED -> ComplaintStatus.ACKNOWLEDGED;
            case ASSESSED, UNDER_INVESTIGATION, RESPONSE_PROPOSED, REOPENED -> ComplaintStatus.UNDER_INVESTIGATION;
            case DECISION_COMMUNICATED -> ComplaintStatus.RESOLVED;
            case AWAITING_CONFIRMATION -> ComplaintStatus.AWAITING_CONFIRMATION;
            case CLOSED -> ComplaintStatus.CLOSED;
            case REJECTED -> ComplaintStatus.REJECTED;
        };
    }

    public String messageKey() {
        return "case.state." + name();
    }
}
