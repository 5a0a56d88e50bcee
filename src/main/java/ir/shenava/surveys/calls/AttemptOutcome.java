package ir.shenava.surveys.calls;

/**
 * What happened when the caller dialled. ANSWERED opens the questionnaire; CALL_BACK is an agreed
 * time and does not count against the attempts allowed; REFUSED ends the call; WRONG_NUMBER and
 * CONTACT_GONE need another contact before the next try.
 */
public enum AttemptOutcome {
    ANSWERED, NO_ANSWER, BUSY, WRONG_NUMBER, CALL_BACK, REFUSED, CONTACT_GONE;

    /** An attempt that reached nobody useful: counts towards the maximum. */
    public boolean failed() {
        return this == NO_ANSWER || this == BUSY || this == WRONG_NUMBER || this == CONTACT_GONE;
    }

    /** The contact dialled cannot be used again. */
    public boolean contactUnusable() {
        return this == WRONG_NUMBER || this == CONTACT_GONE;
    }

    public String messageKey() {
        return "call.outcome." + name();
    }
}
