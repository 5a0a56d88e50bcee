package ir.shenava.surveys;

/**
 * How a follow-up call ended: the survey was completed; the customer could not be reached within the
 * attempts allowed; the customer refused; or the call was never made (customer marked "do not call",
 * no phone for the contact) or was cancelled by the quality manager.
 */
public enum CallOutcome {
    COMPLETED, UNREACHABLE, REFUSED, NOT_CALLED, CANCELLED
}
