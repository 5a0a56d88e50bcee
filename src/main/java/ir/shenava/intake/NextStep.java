package ir.shenava.intake;

/**
 * What the complainant waits for next, as the tracking page names it: the acknowledgement, a first
 * conversation with someone handling the complaint, or the answer (the resolution communicated).
 */
public enum NextStep {
    ACKNOWLEDGE, FIRST_CONTACT, RESOLUTION;

    public String messageKey() {
        return "track.nextStep." + name();
    }
}
