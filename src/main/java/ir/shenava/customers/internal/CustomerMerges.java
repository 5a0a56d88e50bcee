package ir.shenava.customers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.customers.CustomerMerged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merging a customer made from an unknown complainant into the customer staff recognise it as.
 * Sites and equipment move; each contact moves too, unless the other customer already has a contact
 * with the same phone or email that can take all it knows — then the two are combined (blanks filled
 * from the newcomer) and the newcomer's contact goes. The merged customer goes, a {@code customer_merge} row remembers
 * where it went, and {@link CustomerMerged} tells the modules that keep customer ids.
 *
 * <p>Only an unverified customer can be merged: a customer entered by staff carries a code from the
 * accounting system, and silently folding one such record into another would lose it.
 */
@Service
@Transactional
public class CustomerMerges {

    /** Longer chains than this mean a loop in the data, which merge() never writes. */
    private static final int MAX_HOPS = 16;

    /** What the confirmation page says will happen. */
    public record Preview(Customer merged, Customer into, int contactsMoved, int contactsCombined, int sites,
                          int equipment) {
    }

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final CustomerRegistry registry;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final PlatformTransactionManager transactions;
    private final Clock clock;
    private final AuditTrail audit;

    CustomerMerges(CustomerRepository customers, ContactRepository contacts, CustomerRegistry registry,
                   JdbcTemplate jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                   Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.transactions = transactions;
        this.customers = customers;
        this.contacts = contacts;
        this.registry = registry;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What {@link #merge} would do, found by doing it in a transaction that is then rolled back — so
     * the page can never promise something else than the merge does (two newcomers sharing one
     * contact there, for instance, where only the first can be combined without losing an address).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Preview preview(long mergedId, long intoId) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            Customer merged = mergeable(mergedId);
            Customer into = target(mergedId, intoId);
            int sites = count("customer_site", mergedId);
            int equipment = count("equipment", mergedId);
            int newcomers = contacts.findByCustomerIdOrderByFullName(mergedId).size();
            int combined = apply(mergedId, intoId, "preview").combinedContacts().size();
            return new Preview(merged, into, newcomers - combined, combined, sites, equipment);
        });
    }

    public CustomerMerged merge(long mergedId, long intoId, String actor) {
        CustomerMerged event = apply(mergedId, intoId, actor);
        events.publishEvent(event);
        return event;
    }

    private CustomerMerged apply(long mergedId, long intoId, String actor) {
        // both rows locked, in id order: two merges wait for each other instead of interleaving (a new
        // contact saved under the merged customer meanwhile waits too, then fails: its customer is gone).
        // The merged row FOR UPDATE: a module writing its id (CustomerDirectory.holdForWriting, FOR KEY
        // SHARE) waits for the merge, then follows it. The kept row only FOR NO KEY UPDATE, which such
        // writers do not wait for: a writer holds one and waits for the other, never a cycle.
        for (long id : new long[] {Math.min(mergedId, intoId), Math.max(mergedId, intoId)}) {
            jdbc.query("select id from customer where id = ? for " + (id == mergedId ? "update" : "no key update"),
                    rs -> null, id);
        }
        Customer merged = mergeable(mergedId);
        Customer into = target(mergedId, intoId);

        jdbc.update("update customer_site set customer_id = ? where customer_id = ?", intoId, mergedId);
        jdbc.update("update equipment set customer_id = ? where customer_id = ?", intoId, mergedId);
        List<Contact> theirs = contacts.findByCustomerIdOrderByFullName(intoId);
        Map<Long, Long> combined = new LinkedHashMap<>();
        for (Contact newcomer : contacts.findByCustomerIdOrderByFullName(mergedId)) {
            Optional<Contact> same = sameAs(newcomer, theirs);
            if (same.isPresent()) {
                same.get().absorb(newcomer);
                combined.put(newcomer.getId(), same.get().getId());
                contacts.delete(newcomer);
            } else {
                newcomer.moveTo(intoId);
            }
        }
        contacts.flush();
        jdbc.update("""
                insert into customer_merge (merged_id, into_id, merged_code, merged_name, merged_by, merged_at)
                values (?, ?, ?, ?, ?, ?)""",
                mergedId, intoId, merged.getCode(), merged.getName(), actor, Timestamp.from(clock.instant()));
        // in the preview's rolled-back transaction this entry goes with everything else
        audit.record(AuditKind.CUSTOMER_MERGE, AuditAction.MERGED, merged.getName() + " → " + into.getName(),
                Map.of("customer", merged.getName() + " #" + mergedId),
                Map.of("customer", into.getName() + " #" + intoId, "contactsCombined", combined.size()));
        customers.delete(merged);
        customers.flush();
        registry.reindex(into);
        return new CustomerMerged(mergedId, intoId, combined);
    }

    /**
     * Where a customer's records are now: itself while it exists, else the customer it was merged
     * into (followed along later merges). Empty for an id that never was a customer.
     */
    @Transactional(readOnly = true)
    public Optional<Long> current(long customerId) {
        long id = customerId;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (customers.existsById(id)) {
                return Optional.of(id);
            }
            List<Long> next = jdbc.queryForList("select into_id from customer_merge where merged_id = ?", Long.class, id);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            id = next.get(0);
        }
        return Optional.empty();
    }

    /** The customer, if it may be merged into another; else the rule it breaks. */
    @Transactional(readOnly = true)
    public Customer mergeable(long mergedId) {
        Customer merged = customers.findById(mergedId).orElseThrow(() -> new CustomerRuleException("customer.notFound"));
        if (merged.isVerified()) {
            throw new CustomerRuleException("customer.merge.verified");
        }
        return merged;
    }

    private Customer target(long mergedId, long intoId) {
        if (mergedId == intoId) {
            throw new CustomerRuleException("customer.merge.self");
        }
        return customers.findById(intoId).orElseThrow(() -> new CustomerRuleException("customer.merge.targetNotFound"));
    }

    /**
     * The other customer's record of the same person — one of this contact's phones, else its email —
     * if it can take what this contact knows without losing any of it. A person with another email
     * (or another mobile) there stays a second contact instead: combining would drop the address
     * the next complaint may come from.
     */
    private static Optional<Contact> sameAs(Contact newcomer, List<Contact> theirs) {
        return theirs.stream().filter(t -> sharesPhone(newcomer, t)).findFirst()
                .or(() -> newcomer.getEmail() == null ? Optional.empty()
                        : theirs.stream().filter(t -> newcomer.getEmail().equals(t.getEmail())).findFirst())
                .filter(t -> t.canAbsorb(newcomer));
    }

    private static boolean sharesPhone(Contact a, Contact b) {
        return a.getMobile() != null && (a.getMobile().equals(b.getMobile()) || a.getMobile().equals(b.getLandline()))
                || a.getLandline() != null && (a.getLandline().equals(b.getLandline()) || a.getLandline().equals(b.getMobile()));
    }

    private int count(String table, long customerId) {
        return Objects.requireNonNull(jdbc.queryForObject("select count(*) from " + table + " where customer_id = ?",
                Integer.class, customerId));
    }
}
