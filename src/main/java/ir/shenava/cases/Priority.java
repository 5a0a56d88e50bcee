package ir.shenava.cases;

/** How soon a case must be resolved; each has its own working-time SLA targets. */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW;

    public String messageKey() {
        return "case.priority." + name();
    }
}
