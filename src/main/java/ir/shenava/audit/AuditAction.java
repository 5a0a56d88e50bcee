package ir.shenava.audit;

/** What happened to the subject; each has a label {@code audit.action.<NAME>} in the bundles. */
public enum AuditAction {
    CREATED,
    CHANGED,
    DELETED,
    MERGED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOCKED_OUT
}
