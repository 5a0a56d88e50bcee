package ir.shenava.customers;

/** What other modules may know about a customer's site. */
public record SiteSummary(long id, CustomerId customerId, String name, String city) {
}
