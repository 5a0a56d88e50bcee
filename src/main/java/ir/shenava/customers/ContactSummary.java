package ir.shenava.customers;

/** What other modules may know about a contact person; phones in E.164. */
public record ContactSummary(ContactId id, CustomerId customerId, String fullName, String position,
                             String mobile, String landline, String email) {
}
