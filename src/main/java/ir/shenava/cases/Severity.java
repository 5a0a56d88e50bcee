package ir.shenava.cases;

/** How serious the complaint is, judged at the initial assessment. */
public enum Severity {
    CRITICAL, MAJOR, MINOR;

    public String messageKey() {
        return "case.severity." + name();
    }
}
