package ir.shenava.customers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.Customer;
import ir.shenava.customers.internal.CustomerListing;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.shared.PhoneNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers module's side of matching a complainant by hand (issue 15 §13): the customer list's
 * own search (the same key, Persian normalisation and index as {@code /customers}), the contact of a
 * chosen customer that is this person, and a new customer made from what the complainant gave.
 * Other modules keep only the ids they are given.
 */
@Service
public class ComplainantMatching {

    private final CustomerListing listing;
    private final CustomerRegistry registry;
    private final CustomerDirectory directory;

    ComplainantMatching(CustomerListing listing, CustomerRegistry registry, CustomerDirectory directory) {
        this.listing = listing;
        this.registry = registry;
        this.directory = directory;
    }

    /** Customers whose name, code, phone, email or serial holds what was typed; the first {@code limit}. */
    @Transactional(readOnly = true)
    public List<CustomerSummary> search(String typed, int limit) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return listing.page(typed, 0).getContent().stream().limit(limit)
                .map(r -> new CustomerSummary(new CustomerId(r.id()), r.code(), r.name(), r.kind(), r.city(), r.verified()))
                .toList();
    }

    /** The customer's contact with this phone (E.164) or, failing that, this email: the person who complained. */
    @Transactional(readOnly = true)
    public Optional<ContactSummary> contactAt(CustomerId customer, String phoneE164, String email) {
        List<ContactSummary> contacts = directory.contactsOf(customer);
        Optional<ContactSummary> byPhone = phoneE164 == null ? Optional.empty() : contacts.stream()
                .filter(c -> phoneE164.equals(c.mobile()) || phoneE164.equals(c.landline())).findFirst();
        return byPhone.or(() -> email == null ? Optional.empty() : contacts.stream()
                .filter(c -> email.equalsIgnoreCase(c.email())).findFirst());
    }

    /**
     * A verified customer (staff made it, so nothing is left to check) with the complainant as its
     * contact; the code is the next generated one. Joins the caller's transaction, so the complaint
     * is linked in the same commit or the customer is not made at all.
     */
    @Transactional
    public ContactSummary create(NewCustomer data) {
        Customer customer = registry.create(new CustomerRegistry.CustomerData(null, data.name(), data.kind(),
                null, null, null, null, null));
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(data.phone());
        String email = data.email() == null || data.email().isBlank() ? null : data.email().strip().toLowerCase(Locale.ROOT);
        Contact contact = registry.saveContact(customer.getId(), null, new CustomerRegistry.ContactData(data.contactName(), null,
                phone.filter(PhoneNumber::isMobile).map(PhoneNumber::e164).orElse(null),
                phone.filter(p -> !p.isMobile()).map(PhoneNumber::e164).orElse(null), email));
        return CustomerDirectory.summary(contact);
    }
}
