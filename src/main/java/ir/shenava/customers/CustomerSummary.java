package ir.shenava.customers;

/**
 * What other modules may know about a customer.
 *
 * @param verified false for a customer made from an unknown complainant, until staff check it
 */
public record CustomerSummary(CustomerId id, String code, String name, CustomerKind kind, String city, boolean verified) {
}
