package ir.shenava.customers.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.shenava.customers.CustomerKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts of unverified customers and contacts keyed by the phone or email they were made for
 * ({@code caller_key}, unique). {@code ON CONFLICT DO NOTHING} makes each insert race-safe: a second
 * transaction for the same key waits for the first and then inserts nothing, instead of failing or
 * making a duplicate — no check-then-insert window.
 */
@Repository
public class UnverifiedRecords {

    private final JdbcTemplate jdbc;

    UnverifiedRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands out generated customer codes one transaction at a time (until it ends): otherwise several
     * new complainants at once would all compute the same next code and wait on each other in turn.
     */
    public void lockCodes() {
        jdbc.query("select pg_advisory_xact_lock(hashtext('shenava:customer-code')::bigint)", rs -> null);
    }

    /** The new customer's id; empty when the key (or, rarely, the code) was taken meanwhile. */
    public Optional<Long> insertCustomer(String code, String name, CustomerKind kind, String key, Instant now) {
        return first(jdbc.queryForList("""
                insert into customer (code, name, kind, verified, caller_key, created_at) values (?, ?, ?, false, ?, ?)
                on conflict do nothing returning id""", Long.class, code, name, kind.name(), key, Timestamp.from(now)));
    }

    public Optional<Long> customerByKey(String key) {
        return first(jdbc.queryForList("select id from customer where caller_key = ?", Long.class, key));
    }

    /** The new contact's id; empty when a contact for this key exists already. */
    public Optional<Long> insertContact(long customerId, String fullName, String mobile, String landline, String email,
                                        String key) {
        return first(jdbc.queryForList("""
                insert into contact (customer_id, full_name, mobile, landline, email, verified, caller_key)
                values (?, ?, ?, ?, ?, false, ?) on conflict (caller_key) do nothing returning id""",
                Long.class, customerId, fullName, mobile, landline, email, key));
    }

    public Optional<Long> contactByKey(String key) {
        return first(jdbc.queryForList("select id from contact where caller_key = ?", Long.class, key));
    }

    private static Optional<Long> first(List<Long> ids) {
        return ids.stream().findFirst();
    }
}
