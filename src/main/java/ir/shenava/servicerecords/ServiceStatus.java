package ir.shenava.servicerecords;

/** A service is planned, then done or cancelled. */
public enum ServiceStatus {
    PLANNED, DONE, CANCELLED;

    public String messageKey() {
        return "service.status." + name();
    }
}
