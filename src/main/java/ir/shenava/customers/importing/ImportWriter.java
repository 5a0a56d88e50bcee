package ir.shenava.customers.importing;

import java.util.List;
import java.util.Optional;

import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.ContactRepository;
import ir.shenava.customers.internal.Customer;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.customers.internal.CustomerRegistry.ContactData;
import ir.shenava.customers.internal.CustomerRegistry.CustomerData;
import ir.shenava.customers.internal.CustomerRegistry.EquipmentData;
import ir.shenava.customers.internal.CustomerRegistry.SiteData;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.customers.internal.CustomerRuleException;
import ir.shenava.customers.internal.CustomerSiteRepository;
import ir.shenava.customers.internal.Equipment;
import ir.shenava.customers.internal.EquipmentRepository;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Writes validated rows, always through {@link CustomerRegistry} so the search index stays right.
 * Runs inside the caller's transaction: one failure rolls the whole file back.
 */
@Component
class ImportWriter {

    private final CustomerRegistry registry;
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final EquipmentRepository equipment;
    private final CustomerSiteRepository sites;
    private final StaffDirectory staff;

    ImportWriter(CustomerRegistry registry, CustomerRepository customers, ContactRepository contacts,
                 EquipmentRepository equipment, CustomerSiteRepository sites, StaffDirectory staff) {
        this.registry = registry;
        this.customers = customers;
        this.contacts = contacts;
        this.equipment = equipment;
        this.sites = sites;
        this.staff = staff;
    }

    ImportOutcome write(ImportKind kind, List<ImportRow> rows, java.util.function.IntConsumer progress) {
        int created = 0;
        int written = 0;
        for (ImportRow row : rows) {
            progress.accept(written++);
            boolean isNew = switch (kind) {
                case CUSTOMERS -> customer(row);
                case CONTACTS -> contact(row);
                case EQUIPMENT -> equipment(row);
            };
            created += isNew ? 1 : 0;
        }
        return new ImportOutcome(kind, created, rows.size() - created);
    }

    private boolean customer(ImportRow row) {
        String code = CellValues.code(row.value("code"));
        CustomerData data = new CustomerData(code, row.value("name"), CellValues.kind(row.value("kind")).orElseThrow(),
                opt(row, "province"), opt(row, "city"), opt(row, "address"),
                CellValues.digits(row.value("national_id")), CellValues.digits(row.value("economic_code")));
        Optional<Customer> existing = code == null ? Optional.empty() : customers.findByCode(code);
        if (existing.isPresent()) {
            registry.update(existing.get().getId(), data);
            return false;
        }
        registry.create(data);
        return true;
    }

    private boolean contact(ImportRow row) {
        long customerId = customerId(row);
        Optional<PhoneNumber> mobile = CellValues.phone(row.value("mobile"));
        String email = opt(row, "email");
        Optional<Contact> existing = contacts.findByCustomerIdOrderByFullName(customerId).stream()
                .filter(c -> mobile.isPresent() ? mobile.get().e164().equals(c.getMobile())
                        : email != null && email.equalsIgnoreCase(c.getEmail()))
                .findFirst();
        registry.saveContact(customerId, existing.map(Contact::getId).orElse(null), new ContactData(
                row.value("full_name"), opt(row, "position"), mobile.map(PhoneNumber::national).orElse(null),
                CellValues.phone(row.value("landline")).map(PhoneNumber::national).orElse(null), email));
        return existing.isEmpty();
    }

    private boolean equipment(ImportRow row) {
        long customerId = customerId(row);
        Optional<Equipment> existing = equipment.findBySerialNumber(CellValues.serial(row.value("serial_number")));
        Long soldBy = opt(row, "sold_by") == null ? null
                : staff.findByUsername(row.value("sold_by").strip()).map(s -> s.id().value())
                        .orElseThrow(() -> new CustomerRuleException("import.error.staffUnknown", row.value("sold_by")));
        registry.saveEquipment(customerId, existing.map(Equipment::getId).orElse(null), new EquipmentData(
                siteId(customerId, opt(row, "site_name")), row.value("model"), row.value("serial_number"), soldBy,
                opt(row, "installed_on") == null ? null : CellValues.date(row.value("installed_on")).orElseThrow()));
        return existing.isEmpty();
    }

    /** A site is found by its name within the customer, or created with just that name. */
    private Long siteId(long customerId, String name) {
        if (name == null) {
            return null;
        }
        String key = PersianText.searchKey(name);
        return sites.findByCustomerIdOrderByName(customerId).stream()
                .filter(s -> PersianText.searchKey(s.getName()).equals(key)).findFirst()
                .orElseGet(() -> registry.saveSite(customerId, null, new SiteData(name, null, null, null)))
                .getId();
    }

    private long customerId(ImportRow row) {
        return customers.findByCode(CellValues.code(row.value("customer_code")))
                .orElseThrow(() -> new CustomerRuleException("customer.notFound")).getId();
    }

    private static String opt(ImportRow row, String column) {
        return CellValues.blankToNull(row.value(column));
    }
}
