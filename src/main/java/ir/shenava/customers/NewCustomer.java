package ir.shenava.customers;

/**
 * A customer staff make for a complainant nobody had entered, with that person as its first contact.
 *
 * @param phone any digits and prefix, already checked to be a valid Iranian number, or null
 * @param email already checked, or null
 */
public record NewCustomer(String name, CustomerKind kind, String contactName, String phone, String email) {
}
