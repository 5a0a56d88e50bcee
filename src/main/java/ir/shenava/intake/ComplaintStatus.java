package ir.shenava.intake;

/**
 * Where a complaint stands, as the complainant sees it on the tracking page. The cases module runs
 * the finer workflow and reports its public face here through {@link ComplaintFollowUp}.
 */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, UNDER_INVESTIGATION, RESOLVED, AWAITING_CONFIRMATION, CLOSED, REJECTED;

    public String messageKey() {
        return "complaint.status." + name();
    }
}
