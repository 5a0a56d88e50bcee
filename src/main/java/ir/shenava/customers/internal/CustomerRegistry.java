package ir.shenava.customers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.customers.CustomerKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on customers and everything under them. Each change re-indexes the customer's search
 * text, so that one indexed column answers "name, phone, email or serial" in a single query.
 */
@Service
@Transactional
public class CustomerRegistry {

    private final CustomerRepository customers;
    private final CustomerSiteRepository sites;
    private final ContactRepository contacts;
    private final EquipmentRepository equipment;
    private final UnverifiedRecords records;
    private final Clock clock;
    private final AuditTrail audit;

    CustomerRegistry(CustomerRepository customers, CustomerSiteRepository sites, ContactRepository contacts,
                     EquipmentRepository equipment, UnverifiedRecords records, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.records = records;
        this.customers = customers;
        this.sites = sites;
        this.contacts = contacts;
        this.equipment = equipment;
        this.clock = clock;
    }

    public record CustomerData(String code, String name, CustomerKind kind, String province, String city,
                               String address, String nationalId, String economicCode) {
    }

    public record ContactData(String fullName, String position, String mobile, String landline, String email) {
    }

    public record SiteData(String name, String province, String city, String address) {
    }

    public record EquipmentData(Long siteId, String model, String serialNumber, Long soldBy, LocalDate installedOn) {
    }

    /**
     * A blank code gets the next "C-00042" style code — under the same lock as the customers made
     * for unknown complainants in the background, or both would take the same number at once.
     */
    public Customer create(CustomerData data) {
        boolean generated = data.code() == null || data.code().isBlank();
        if (generated) {
            records.lockCodes();
        }
        String code = generated ? customers.nextGeneratedCode() : data.code().trim().toUpperCase();
        if (customers.existsByCode(code)) {
            throw new CustomerRuleException("customer.code.taken", code);
        }
        Customer customer = new Customer(code, clock.instant());
        customer.describe(data.name(), data.kind(), data.province(), data.city(), data.address(),
                data.nationalId(), data.economicCode());
        customers.saveAndFlush(customer);
        reindex(customer);
        return customer;
    }

    public Customer update(long id, CustomerData data) {
        Customer customer = customer(id);
        customer.describe(data.name(), data.kind(), data.province(), data.city(), data.address(),
                data.nationalId(), data.economicCode());
        reindex(customer);
        return customer;
    }

    public CustomerSite saveSite(long customerId, Long siteId, SiteData data) {
        Customer customer = customer(customerId);
        CustomerSite site = siteId == null ? new CustomerSite(customerId) : owned(sites.findById(siteId).orElse(null), customerId);
        site.describe(data.name(), data.province(), data.city(), data.address());
        sites.save(site);
        reindex(customer);
        return site;
    }

    public Contact saveContact(long customerId, Long contactId, ContactData data) {
        Customer customer = customer(customerId);
        Contact contact = contactId == null ? new Contact(customerId) : owned(contacts.findById(contactId).orElse(null), customerId);
        contact.describe(data.fullName(), data.position(), data.mobile(), data.landline(), data.email());
        contacts.saveAndFlush(contact);
        reindex(customer);
        return contact;
    }

    public Equipment saveEquipment(long customerId, Long equipmentId, EquipmentData data) {
        Customer customer = customer(customerId);
        Equipment unit = equipmentId == null ? new Equipment(customerId)
                : owned(equipment.findById(equipmentId).orElse(null), customerId);
        String serial = Equipment.canonicalSerial(data.serialNumber());
        equipment.findBySerialNumber(serial).filter(other -> !other.getId().equals(unit.getId())).ifPresent(other -> {
            throw new CustomerRuleException("equipment.serial.taken", serial);
        });
        if (data.siteId() != null) {
            owned(sites.findById(data.siteId()).orElse(null), customerId);
        }
        unit.describe(data.siteId(), data.model(), serial, data.soldBy(), data.installedOn());
        equipment.saveAndFlush(unit);
        reindex(customer);
        return unit;
    }

    public void deleteSite(long customerId, long siteId) {
        CustomerSite site = owned(sites.findById(siteId).orElse(null), customerId);
        deleted(customerId, java.util.Map.of("site", site.getName() + " #" + siteId));
        sites.delete(site);
        sites.flush();
        reindex(customer(customerId));
    }

    public void deleteContact(long customerId, long contactId) {
        Contact contact = owned(contacts.findById(contactId).orElse(null), customerId);
        java.util.Map<String, Object> was = new java.util.LinkedHashMap<>();
        was.put("contact", contact.getFullName() + " #" + contactId);
        was.put("mobile", contact.getMobile());
        was.put("email", contact.getEmail());
        deleted(customerId, was);
        contacts.delete(contact);
        contacts.flush();
        reindex(customer(customerId));
    }

    public void deleteEquipment(long customerId, long equipmentId) {
        Equipment unit = owned(equipment.findById(equipmentId).orElse(null), customerId);
        deleted(customerId, java.util.Map.of("equipment", unit.getModel() + " / " + unit.getSerialNumber()));
        equipment.delete(unit);
        equipment.flush();
        reindex(customer(customerId));
    }

    private void deleted(long customerId, java.util.Map<String, Object> what) {
        Customer owner = customer(customerId);
        audit.record(AuditKind.CUSTOMER_DELETION, AuditAction.DELETED, owner.getName() + " #" + customerId, what, null);
    }

    /** Staff accept a customer made from an unknown complainant, with every contact under it. */
    public void verify(long customerId) {
        customer(customerId).verify();
        contacts.findByCustomerIdOrderByFullName(customerId).forEach(Contact::verify);
    }

    /** Staff accept one contact made from an unknown complainant (under a customer already known). */
    public void verifyContact(long customerId, long contactId) {
        owned(contacts.findById(contactId).orElse(null), customerId).verify();
    }

    /** Recomputes the search text from the customer and everything under it. */
    public void reindex(Customer customer) {
        String text = Stream.of(
                Stream.of(customer.keyText()),
                contacts.findByCustomerIdOrderByFullName(customer.getId()).stream().map(Contact::keyText),
                equipment.findByCustomerIdOrderBySerialNumber(customer.getId()).stream().map(Equipment::keyText),
                sites.findByCustomerIdOrderByName(customer.getId()).stream()
                        .map(s -> ir.shenava.shared.PersianText.searchKey(s.getName() + " " + Customer.nz(s.getCity()))))
                .flatMap(s -> s)
                .collect(Collectors.joining(" | "));
        customer.indexFor(text);
    }

    private Customer customer(long id) {
        return customers.findById(id).orElseThrow(() -> new CustomerRuleException("customer.notFound"));
    }

    private static <T> T owned(T part, long customerId) {
        Long owner = part instanceof CustomerSite s ? s.getCustomerId()
                : part instanceof Contact c ? c.getCustomerId()
                : part instanceof Equipment e ? e.getCustomerId() : null;
        if (owner == null || owner != customerId) {
            throw new CustomerRuleException("customer.part.notFound");
        }
        return part;
    }
}
