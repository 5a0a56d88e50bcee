package ir.shenava.intake;

/** Where a complaint stands; the investigation workflow (cases) moves it on from RECEIVED. */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, UNDER_INVESTIGATION, RESOLVED, CLOSED, REJECTED;

    public String messageKey() {
        return "complaint.status." + name();
    }
}
