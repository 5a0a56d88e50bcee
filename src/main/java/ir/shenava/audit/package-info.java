/**
 * Audit: an append-only record of administrative changes — staff and roles, departments, routing
 * rules, complaint categories, SLA targets, holidays, API keys, mailboxes, SMS settings, customer
 * merges and deletions, service-record edits — and of logins (success, failure, lockout): who,
 * when, and before → after as the fields that changed. Modules call {@link ir.shenava.audit.AuditTrail}
 * inside the transaction of the change, so an entry exists exactly when the change committed. The
 * database refuses to update or delete an entry. The administrator reads it at {@code /audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package ir.shenava.audit;
