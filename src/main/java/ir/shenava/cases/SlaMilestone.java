package ir.shenava.cases;

/** The three SLA targets of a case, measured in working time from its opening. */
public enum SlaMilestone {
    ACKNOWLEDGE, FIRST_CONTACT, RESOLUTION;

    public String messageKey() {
        return "case.milestone." + name();
    }
}
