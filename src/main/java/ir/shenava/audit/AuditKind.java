package ir.shenava.audit;

/** What an audit entry is about; each has a label {@code audit.kind.<NAME>} in the bundles. */
public enum AuditKind {
    STAFF,
    DEPARTMENT,
    ROUTING_RULE,
    CATEGORY,
    SLA_TARGET,
    HOLIDAY,
    API_KEY,
    MAILBOX,
    SMS_SETTINGS,
    CUSTOMER_MERGE,
    CUSTOMER_DELETION,
    SERVICE_RECORD,
    /** A complaint linked to a customer by hand (issue 15 §13). */
    COMPLAINT_MATCH,
    LOGIN,
    BRANDING,
    /** The administrator's security settings, e.g. two-factor login required for administrators and the CEO. */
    SECURITY_POLICY
}
