package ir.shenava.customers;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.ContactRepository;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.customers.internal.UnverifiedRecords;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers module's command for people nobody entered yet: the contact with this phone (or
 * email), or a new unverified one — under the customer already known, else under a new unverified
 * customer named by the organisation typed (kind OTHER) or by the person (kind INDIVIDUAL). Staff
 * verify them on the customer page. Idempotent and race-safe per phone or email: never two
 * customers for the same new number.
 */
@Service
public class UnverifiedContacts {

    private static final int CODE_ATTEMPTS = 5;

    private final ContactRepository contacts;
    private final CustomerRepository customers;
    private final CustomerRegistry registry;
    private final UnverifiedRecords records;
    private final Clock clock;

    UnverifiedContacts(ContactRepository contacts, CustomerRepository customers, CustomerRegistry registry,
                       UnverifiedRecords records, Clock clock) {
        this.contacts = contacts;
        this.customers = customers;
        this.registry = registry;
        this.records = records;
        this.clock = clock;
    }

    /** Empty when neither a valid phone nor an email was given: nothing to know the person by. */
    @Transactional
    public Optional<ContactSummary> findOrCreate(UnknownContact person) {
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(person.phone());
        String email = person.email() == null || person.email().isBlank() ? null
                : person.email().strip().toLowerCase(Locale.ROOT);
        if (phone.isEmpty() && email == null) {
            return Optional.empty();
        }
        Optional<Contact> known = phone.flatMap(p -> contacts.findByPhone(p.e164()).stream().findFirst())
                .or(() -> email == null ? Optional.empty() : contacts.findByEmailIgnoreCaseOrderById(email).stream().findFirst());
        if (known.isPresent()) {
            return known.map(CustomerDirectory::summary);
        }
        String key = phone.map(PhoneNumber::e164).orElse(email);
        String name = firstNonBlank(person.fullName(), phone.map(PhoneNumber::national).orElse(email));
        long customerId = person.knownCustomer() != null ? person.knownCustomer().value() : customerFor(person, name, key);
        Optional<Long> created = records.insertContact(customerId, name,
                phone.filter(PhoneNumber::isMobile).map(PhoneNumber::e164).orElse(null),
                phone.filter(p -> !p.isMobile()).map(PhoneNumber::e164).orElse(null), email, key);
        long contactId = created.or(() -> records.contactByKey(key)).orElseThrow();
        if (created.isPresent()) {
            customers.findById(customerId).ifPresent(registry::reindex);   // the new phone and name become searchable
        }
        return contacts.findById(contactId).map(CustomerDirectory::summary);
    }

    private long customerFor(UnknownContact person, String personName, String key) {
        boolean organisation = person.organisation() != null && !person.organisation().isBlank();
        String name = organisation ? PersianText.normalize(person.organisation()) : personName;
        CustomerKind kind = organisation ? CustomerKind.OTHER : CustomerKind.INDIVIDUAL;
        records.lockCodes();
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            Optional<Long> id = records.insertCustomer(customers.nextGeneratedCode(), name, kind, key, clock.instant())
                    .or(() -> records.customerByKey(key));
            if (id.isPresent()) {
                return id.get();
            }
            // nothing inserted and nothing under this key: a customer entered by staff took the code
        }
        throw new IllegalStateException("No free customer code after " + CODE_ATTEMPTS + " attempts");
    }

    private static String firstNonBlank(String typed, String fallback) {
        String normalised = PersianText.normalize(typed);
        return normalised == null || normalised.isBlank() ? fallback : normalised;
    }
}
