package ir.shenava.surveys.calls;

import ir.shenava.surveys.CallOutcome;

/**
 * Where a follow-up call stands. PENDING calls are in the callers' queue; DO_NOT_CALL and NO_PHONE
 * are held for the quality manager (the call exists, and says why nobody phones); the rest are ends.
 */
public enum CallStatus {
    PENDING, DO_NOT_CALL, NO_PHONE, COMPLETED, UNREACHABLE, REFUSED, NOT_CALLED, CANCELLED;

    public boolean ended() {
        return outcome() != null;
    }

    /** Held: created but not phoned, waiting for the quality manager. */
    public boolean held() {
        return this == DO_NOT_CALL || this == NO_PHONE;
    }

    /** How an ended call is counted ({@link ir.shenava.surveys.FollowUpCallEnded}); null while open. */
    public CallOutcome outcome() {
        return switch (this) {
            case COMPLETED -> CallOutcome.COMPLETED;
            case UNREACHABLE -> CallOutcome.UNREACHABLE;
            case REFUSED -> CallOutcome.REFUSED;
            case NOT_CALLED -> CallOutcome.NOT_CALLED;
            case CANCELLED -> CallOutcome.CANCELLED;
            default -> null;
        };
    }

    public String messageKey() {
        return "call.status." + name();
    }
}
