package ir.shenava.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.ContactRepository;
import ir.shenava.customers.internal.Customer;
import ir.shenava.customers.internal.CustomerMerges;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.customers.internal.CustomerSearch;
import ir.shenava.customers.internal.CustomerSiteRepository;
import ir.shenava.customers.internal.Equipment;
import ir.shenava.customers.internal.EquipmentRepository;
import ir.shenava.platform.SubstringSearch;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers module's public questions: whose phone, whose email, whose serial number is this? */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final EquipmentRepository equipment;
    private final CustomerSiteRepository sites;
    private final JdbcTemplate jdbc;
    private final CustomerMerges merges;
    private final SubstringSearch substrings;

    CustomerDirectory(CustomerRepository customers, ContactRepository contacts, EquipmentRepository equipment,
                      CustomerSiteRepository sites, JdbcTemplate jdbc, CustomerMerges merges, SubstringSearch substrings) {
        this.merges = merges;
        this.substrings = substrings;
        this.customers = customers;
        this.contacts = contacts;
        this.equipment = equipment;
        this.sites = sites;
        this.jdbc = jdbc;
    }

    /** The customer, or — for one merged away — the customer it was merged into. */
    public Optional<CustomerSummary> find(CustomerId id) {
        return customers.findById(id.value())
                .or(() -> merges.current(id.value()).flatMap(customers::findById))
                .map(CustomerDirectory::summary);
    }

    /**
     * Where a customer's records belong now: the same id while the customer exists, the customer it
     * was merged into (along later merges too) when it was merged away, empty when it never existed.
     * Listeners of {@link CustomerMerged} ask it, so that merges handled out of order still end well.
     */
    public Optional<CustomerId> current(CustomerId id) {
        return merges.current(id.value()).map(CustomerId::new);
    }

    /**
     * For a module about to store a customer id on a row of its own (a complaint, a case, a service
     * record): the id to store, with the customer's row held (FOR KEY SHARE) until the caller's
     * transaction ends. A merge of that customer, which locks and deletes the row, then either waits
     * for the caller to commit — and its listeners re-point the row written — or has committed
     * already, and the caller is given the customer it was merged into. So no row written while a
     * merge commits keeps the merged customer's id. Call it inside the transaction that writes the row.
     */
    @Transactional(readOnly = false)
    public long holdForWriting(long customerId) {
        long id = customerId;
        for (int hop = 0; hop < 16; hop++) {
            if (!jdbc.queryForList("select id from customer where id = ? for key share", Long.class, id).isEmpty()) {
                return id;
            }
            Optional<Long> next = merges.current(id);
            if (next.isEmpty() || next.get() == id) {
                return customerId;   // never was a customer: the caller's own checks decide
            }
            id = next.get();
        }
        return customerId;
    }

    /** The customer that has the merged customer's records now: {@code intoId}, unless that was merged on too. */
    public long heirOf(CustomerMerged merged) {
        return merges.current(merged.intoId()).orElse(merged.intoId());
    }

    /**
     * Customers whose name or code holds what was typed (space, ZWNJ or nothing alike; any digits, ي/ی),
     * at most {@code limit} of them: how other modules' searches find records by their customer.
     */
    public List<Long> idsNamed(String typed, int limit) {
        String key = CustomerSearch.keyOf(typed);
        if (key.length() < 2) {
            return List.of();
        }
        // the customer list's own search; the trigram index narrows by the whole search text, name and code are checked here
        SubstringSearch.Condition holds = substrings.contains("customer.search_compact", "search_compact",
                CustomerSearch.keyOf(typed));
        List<Object> args = new ArrayList<>(holds.args());
        args.add(limit * 4);
        return jdbc.query("select id, name, code from customer where " + holds.sql() + " limit ?",
                        (rs, i) -> PersianText.compactKey(rs.getString("name") + " " + rs.getString("code")).contains(key)
                                ? rs.getLong("id") : null, args.toArray())
                .stream().filter(java.util.Objects::nonNull).limit(limit).toList();
    }

    /** By the customer's code (as in the accounting system), typed in any digits and case. */
    public Optional<CustomerSummary> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String canonical = PersianText.latinDigits(PersianText.normalize(code)).strip().toUpperCase(java.util.Locale.ROOT);
        return customers.findByCode(canonical).map(CustomerDirectory::summary);
    }

    /** Contacts with this phone (mobile or landline), typed in any digits and prefix; none if invalid. */
    public List<ContactSummary> contactsByPhone(String phone) {
        return PhoneNumber.tryParse(phone)
                .map(p -> contacts.findByPhone(p.e164()).stream().map(CustomerDirectory::summary).toList())
                .orElse(List.of());
    }

    public List<ContactSummary> contactsOf(CustomerId customer) {
        return contacts.findByCustomerIdOrderByFullName(customer.value()).stream().map(CustomerDirectory::summary).toList();
    }

    /** Several contacts at once (for lists), by id. */
    public java.util.Map<Long, ContactSummary> contacts(java.util.Collection<Long> ids) {
        return byIds("select id, customer_id, full_name, position, mobile, landline, email from contact where id = any(?)", ids,
                (rs, i) -> new ContactSummary(new ContactId(rs.getLong("id")), new CustomerId(rs.getLong("customer_id")),
                        rs.getString("full_name"), rs.getString("position"), rs.getString("mobile"),
                        rs.getString("landline"), rs.getString("email")));
    }

    public List<ContactSummary> contactsByEmail(String email) {
        return email == null || email.isBlank() ? List.of()
                : contacts.findByEmailIgnoreCaseOrderById(email.trim()).stream().map(CustomerDirectory::summary).toList();
    }

    /**
     * The contact a message comes from: the first with this phone (E.164), else the first with this
     * email. One query in plain SQL: registering a complaint asks it every time, and through JPQL
     * this look-up cost a tenth of the whole request.
     */
    public Optional<ContactSummary> contactFor(String phoneE164, String email) {
        String mail = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        if (phoneE164 == null && mail == null) {
            return Optional.empty();
        }
        return jdbc.query("""
                select id, customer_id, full_name, position, mobile, landline, email from contact
                where mobile = ? or landline = ? or lower(email) = ?
                order by case when mobile = ? or landline = ? then 0 else 1 end, id limit 1""",
                (rs, i) -> new ContactSummary(new ContactId(rs.getLong("id")), new CustomerId(rs.getLong("customer_id")),
                        rs.getString("full_name"), rs.getString("position"), rs.getString("mobile"),
                        rs.getString("landline"), rs.getString("email")),
                phoneE164, phoneE164, mail, phoneE164, phoneE164).stream().findFirst();
    }

    /**
     * The unit with this serial number however it was typed: in any case and digits, and — when no
     * serial matches exactly — with spaces or dashes of its own (issue 15 §5), if exactly one unit has
     * those letters and digits.
     */
    public Optional<EquipmentSummary> equipmentBySerial(String serial) {
        if (serial == null || serial.isBlank()) {
            return Optional.empty();
        }
        Optional<Equipment> exact = equipment.findBySerialNumber(Equipment.canonicalSerial(serial.strip()));
        if (exact.isPresent()) {
            return exact.map(CustomerDirectory::summary);
        }
        String key = serialKey(serial);
        List<Equipment> loose = key.isEmpty() ? List.of() : equipment.findBySerialKey(key);
        return loose.size() == 1 ? Optional.of(summary(loose.get(0))) : Optional.empty();
    }

    /** A serial's letters and digits only, upper case, Latin digits: what two ways of typing it share. */
    public static String serialKey(String serial) {
        return serial == null ? "" : Equipment.canonicalSerial(serial).replaceAll("[^A-Z0-9]", "");
    }

    /**
     * A serial number that matches no unit, in one form however it was typed: Latin digits, upper
     * case, each run of spaces or dashes as one dash.
     */
    public static String canonicalSerial(String serial) {
        if (serial == null || serial.isBlank()) {
            return null;
        }
        return Equipment.canonicalSerial(serial.strip()).replaceAll("[\\s\u200c\\-\u2010-\u2015_]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** Every unit of every customer — for small jobs such as the demo data, not for pages. */
    public List<EquipmentSummary> allEquipment() {
        return equipment.findAll(org.springframework.data.domain.Sort.by("id")).stream().map(CustomerDirectory::summary).toList();
    }

    /** Several units at once (for lists), by id. */
    public java.util.Map<Long, EquipmentSummary> equipment(java.util.Collection<Long> ids) {
        return byIds("select id, customer_id, model, serial_number, sold_by, installed_on from equipment where id = any(?)", ids,
                (rs, i) -> new EquipmentSummary(rs.getLong("id"), new CustomerId(rs.getLong("customer_id")), rs.getString("model"),
                        rs.getString("serial_number"), rs.getObject("sold_by", Long.class),
                        rs.getObject("installed_on", java.time.LocalDate.class)));
    }

    public Optional<EquipmentSummary> equipment(long id) {
        return equipment.findById(id).map(CustomerDirectory::summary);
    }

    public List<EquipmentSummary> equipmentOf(CustomerId customer) {
        return equipment.findByCustomerIdOrderBySerialNumber(customer.value()).stream().map(CustomerDirectory::summary).toList();
    }

    public List<SiteSummary> sitesOf(CustomerId customer) {
        return sites.findByCustomerIdOrderByName(customer.value()).stream()
                .map(s -> new SiteSummary(s.getId(), customer, s.getName(), s.getCity())).toList();
    }

    /** Whether the customer asked not to be phoned for follow-up surveys; false for an unknown id. */
    public boolean isDoNotCall(CustomerId id) {
        return customers.findById(id.value()).map(Customer::isDoNotCall).orElse(false);
    }

    /** Records the customer's wish not to be phoned for follow-up surveys (or its withdrawal). */
    @Transactional
    public void markDoNotCall(CustomerId id, boolean doNotCall) {
        customers.findById(id.value()).orElseThrow().markDoNotCall(doNotCall);
    }

    /** Several customers at once (for lists), by id. */
    public java.util.Map<Long, CustomerSummary> findAll(java.util.Collection<Long> ids) {
        return byIds("select id, code, name, kind, city, verified from customer where id = any(?)", ids,
                (rs, i) -> new CustomerSummary(new CustomerId(rs.getLong("id")), rs.getString("code"), rs.getString("name"),
                        CustomerKind.valueOf(rs.getString("kind")), rs.getString("city"), rs.getBoolean("verified")));
    }

    /**
     * The list look-ups above in plain SQL, keyed by id: lists (the callers' queue) ask them on every
     * page, and Spring Data's {@code findAllById} built and interpreted a criteria query each time
     * (a quarter of the queue page's CPU). Like it, ids that match no row are left out.
     */
    private <T> java.util.Map<Long, T> byIds(String sql, java.util.Collection<Long> ids,
                                            org.springframework.jdbc.core.RowMapper<T> row) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, T> byId = new java.util.HashMap<>();
        jdbc.query(sql, rs -> {
            byId.put(rs.getLong("id"), row.mapRow(rs, 0));
        }, (Object) ids.stream().filter(java.util.Objects::nonNull).toArray(Long[]::new));
        return byId;
    }

    static CustomerSummary summary(Customer c) {
        return new CustomerSummary(new CustomerId(c.getId()), c.getCode(), c.getName(), c.getKind(), c.getCity(),
                c.isVerified());
    }

    static ContactSummary summary(Contact c) {
        return new ContactSummary(new ContactId(c.getId()), new CustomerId(c.getCustomerId()), c.getFullName(),
                c.getPosition(), c.getMobile(), c.getLandline(), c.getEmail());
    }

    static EquipmentSummary summary(Equipment e) {
        return new EquipmentSummary(e.getId(), new CustomerId(e.getCustomerId()), e.getModel(), e.getSerialNumber(),
                e.getSoldBy(), e.getInstalledOn());
    }
}
