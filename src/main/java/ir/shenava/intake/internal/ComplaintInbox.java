package ir.shenava.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.TrackingCode;
import ir.shenava.platform.SubstringSearch;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The staff inbox: filters, search that ignores ي/ی, ك/ک, digit sets and spaces (so a space, a ZWNJ
 * and nothing match each other) and also finds complaints by their customer's name or code, and keyset paging on
 * (received_at, id) so that page 1 and page 10,000 cost the same at a million complaints.
 */
@Component
public class ComplaintInbox {

    public static final int PAGE_SIZE = 25;

    public record Filter(Channel channel, String category, ComplaintStatus status, Long ownerId, Long customerId,
                         LocalDate from, LocalDate to, String query) {
    }

    public record Row(long id, String trackingCode, Channel channel, ComplaintStatus status, boolean confidential,
                      String contactName, String organisation, String categoryCode, String subject, Long ownerId,
                      Long customerId, Instant receivedAt) {
    }

    /** A page and the cursor of the next one (null on the last page). */
    public record Page(List<Row> rows, String next) {
    }

    /** How many customers a search by customer name may stand for: a word that names more is too general. */
    private static final int LINKED_CUSTOMERS = 200;

    private final JdbcTemplate jdbc;
    private final CustomerDirectory customers;
    private final SubstringSearch substrings;

    ComplaintInbox(JdbcTemplate jdbc, CustomerDirectory customers, SubstringSearch substrings) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.substrings = substrings;
    }

    public Page page(Filter f, ComplaintVisibility viewer, String cursor) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.tracking_code, c.channel, c.status, c.confidential, c.contact_name, c.organisation,
                       c.category_code, c.subject, c.owner_id, c.customer_id, c.received_at
                from complaint c where """).append(ComplaintVisibility.SQL);
        List<Object> args = new ArrayList<>(viewer.sqlArgs());
        add(sql, args, f.channel() == null ? null : f.channel().name(), " and c.channel = ?");
        add(sql, args, blank(f.category()) ? null : f.category(), " and c.category_code = ?");
        add(sql, args, f.status() == null ? null : f.status().name(), " and c.status = ?");
        add(sql, args, f.ownerId(), " and c.owner_id = ?");
        add(sql, args, f.customerId(), " and c.customer_id = ?");
        add(sql, args, f.from() == null ? null : Timestamp.from(f.from().atStartOfDay(JalaliDate.TEHRAN).toInstant()),
                " and c.received_at >= ?");
        add(sql, args, f.to() == null ? null : Timestamp.from(f.to().plusDays(1).atStartOfDay(JalaliDate.TEHRAN).toInstant()),
                " and c.received_at < ?");
        List<String> keys = searchKeys(f.query());
        if (!keys.isEmpty()) {
            sql.append(" and (");
            for (int i = 0; i < keys.size(); i++) {
                SubstringSearch.Condition holds = substrings.contains("complaint.search_compact", "c.search_compact", keys.get(i));
                sql.append(i == 0 ? "" : " or ").append(holds.sql());
                args.addAll(holds.args());
            }
            List<Long> customerIds = customers.idsNamed(f.query(), LINKED_CUSTOMERS);
            if (!customerIds.isEmpty()) {   // a complaint linked to a customer is found by the customer's name or code
                sql.append(" or c.customer_id in (").append(String.join(", ", Collections.nCopies(customerIds.size(), "?")))
                        .append(')');
                args.addAll(customerIds);
            }
            sql.append(')');
        }
        After after = After.parse(cursor);
        if (after != null) {
            sql.append(" and (c.received_at, c.id) < (?, ?)");
            args.add(after.receivedAt());
            args.add(after.id());
        }
        sql.append(" order by c.received_at desc, c.id desc limit ").append(PAGE_SIZE + 1);
        List<Row> rows = jdbc.query(sql.toString(), (rs, i) -> new Row(rs.getLong("id"), rs.getString("tracking_code"),
                Channel.valueOf(rs.getString("channel")), ComplaintStatus.valueOf(rs.getString("status")),
                rs.getBoolean("confidential"), rs.getString("contact_name"), rs.getString("organisation"),
                rs.getString("category_code"), rs.getString("subject"), (Long) rs.getObject("owner_id"),
                (Long) rs.getObject("customer_id"), rs.getTimestamp("received_at").toInstant()), args.toArray());
        if (rows.size() <= PAGE_SIZE) {
            return new Page(rows, null);
        }
        Row last = rows.get(PAGE_SIZE - 1);
        long micros = last.receivedAt().getEpochSecond() * 1_000_000 + last.receivedAt().getNano() / 1_000;
        return new Page(rows.subList(0, PAGE_SIZE), micros + "_" + last.id());
    }

    /** The (received_at, id) a page starts after, from the "micros_id" the previous page handed out. */
    private record After(Timestamp receivedAt, long id) {

        /** Null, i.e. the first page, for anything else: a link typed or cut short is no error. */
        static After parse(String cursor) {
            if (cursor == null || !cursor.matches("\\d{1,18}_\\d{1,18}")) {   // 18 digits always fit a long
                return null;
            }
            String[] parts = cursor.split("_");
            long micros = Long.parseLong(parts[0]);
            return new After(Timestamp.from(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000)),
                    Long.parseLong(parts[1]));
        }
    }

    /**
     * What to look for in the search text: the query as typed, and, when it reads as a tracking code
     * ("K7M3Q-X9TAP", in Persian digits too) or a phone number ("۰۹۱۲ ۱۲۳ ۴۵۶۷", "+98 912…"), the
     * form the search text keeps them in (no dash; national digits).
     */
    static List<String> searchKeys(String query) {
        String key = PersianText.compactKey(query);
        if (key.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        TrackingCode.parse(query).ifPresent(code -> keys.add(PersianText.compactKey(code.value())));
        PhoneNumber.tryParse(query).ifPresent(phone -> keys.add(phone.national()));
        return List.copyOf(keys);
    }

    private static void add(StringBuilder sql, List<Object> args, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
