package ir.shenava.customers;

/**
 * A person who reached the company (say, with a complaint) and matches no contact yet.
 *
 * @param phone         any digits and prefix; ignored when not a valid Iranian number
 * @param knownCustomer the customer already known from elsewhere (e.g. a serial number), else null
 */
public record UnknownContact(String fullName, String organisation, String phone, String email, CustomerId knownCustomer) {
}
