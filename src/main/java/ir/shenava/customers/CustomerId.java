package ir.shenava.customers;

/** Other modules refer to a customer by this id. */
public record CustomerId(long value) {
}
