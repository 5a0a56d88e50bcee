package ir.shenava.cases;

/** Shown in every list: is the case's next SLA milestone on time, due soon or overdue? */
public enum SlaState {
    ON_TIME, DUE_SOON, OVERDUE, DONE;

    public String messageKey() {
        return "case.sla." + name();
    }
}
