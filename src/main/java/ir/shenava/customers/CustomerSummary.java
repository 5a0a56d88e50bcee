package ir.shenava.customers;

/** What other modules may know about a customer. */
public record CustomerSummary(CustomerId id, String code, String name, CustomerKind kind, String city) {
}
