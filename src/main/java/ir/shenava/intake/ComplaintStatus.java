package ir.shenava.intake;

/**
 * Where a complaint stands, as the complainant sees it on the tracking page. The cases module runs
 * the finer workflow and reports its public face here through {@link ComplaintFollowUp}.
 */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, UNDER_INVESTIGATION, RESOLVED, AWAITING_CONFIRMATION, CLOSED, REJECTED;

    /** As the complainant reads it (tracking page, mails): "awaiting your confirmation". */
    public String messageKey() {
        return "complaint.status." + name();
    }

    /** As staff read it (inbox, complaint and customer pages): "awaiting the customer's confirmation". */
    public String staffMessageKey() {
        return "complaint.status.staff." + name();
    }
}
