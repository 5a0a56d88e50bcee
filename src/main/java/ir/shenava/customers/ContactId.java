package ir.shenava.customers;

/** Other modules refer to a customer's contact person by this id. */
public record ContactId(long value) {
}
