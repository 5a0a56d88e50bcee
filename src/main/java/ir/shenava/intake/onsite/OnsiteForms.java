package ir.shenava.intake.onsite;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ir.shenava.intake.internal.IntakeRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The books of paper complaint forms: which serials were issued to whom, returned, entered or
 * missing. Serials are printed as "OS-000123"; a book is a consecutive range taken after the last one.
 */
@Service
public class OnsiteForms {

    public static final int MAX_BOOK = 200;

    public enum Status { ISSUED, RETURNED, ENTERED, MISSING }

    public record Book(long id, int firstSerial, int lastSerial, long issuedTo, String issuedBy, java.time.Instant issuedAt,
                       int entered, int missing) {
        public String first() {
            return format(firstSerial);
        }

        public String last() {
            return format(lastSerial);
        }
    }

    public record Form(int serial, long bookId, long issuedTo, Status status, java.time.Instant changedAt, Long complaintId) {
        public String label() {
            return format(serial);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OnsiteForms(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String format(int serial) {
        return "OS-%06d".formatted(serial);
    }

    /** "OS-000123", "os-123", "۱۲۳" → 123. */
    public static Optional<Integer> parse(String text) {
        String digits = ir.shenava.shared.PersianText.digitsOnly(text);
        return digits.isEmpty() || digits.length() > 9 ? Optional.empty() : Optional.of(Integer.parseInt(digits));
    }

    @Transactional
    public Book issue(int count, long expertId, String by) {
        if (count < 1 || count > MAX_BOOK) {
            throw new IllegalArgumentException("onsite.count");
        }
        jdbc.execute("lock table onsite_form_book in share row exclusive mode");
        int first = jdbc.queryForObject("select coalesce(max(last_serial), 0) + 1 from onsite_form_book", Integer.class);
        Timestamp now = Timestamp.from(clock.instant());
        Long id = jdbc.queryForObject("insert into onsite_form_book (first_serial, last_serial, issued_to, issued_by, issued_at) "
                + "values (?, ?, ?, ?, ?) returning id", Long.class, first, first + count - 1, expertId, by, now);
        jdbc.update("insert into onsite_form (serial, book_id, status, changed_at) "
                + "select g, ?, 'ISSUED', ? from generate_series(?, ?) g", id, now, first, first + count - 1);
        return book(id).orElseThrow();
    }

    public List<Book> books() {
        return jdbc.query(BOOKS + " group by b.id order by b.id desc", (rs, i) -> book(rs));
    }

    public Optional<Book> book(long id) {
        return jdbc.query(BOOKS + " where b.id = ? group by b.id", (rs, i) -> book(rs), id).stream().findFirst();
    }

    public List<Form> formsOf(long bookId) {
        return jdbc.query(FORMS + " where f.book_id = ? order by f.serial", (rs, i) -> form(rs), bookId);
    }

    public Optional<Form> form(int serial) {
        return jdbc.query(FORMS + " where f.serial = ?", (rs, i) -> form(rs), serial).stream().findFirst();
    }

    /**
     * The form with its row locked until the caller's transaction ends, so that two people typing in
     * the same paper at once take turns: the second sees it entered.
     */
    Optional<Form> lockForEntry(int serial) {
        return jdbc.query(FORMS + " where f.serial = ? for update of f", (rs, i) -> form(rs), serial).stream().findFirst();
    }

    /** Returned or missing; an entered form keeps its status. */
    @Transactional
    public void mark(int serial, Status status) {
        if (status == Status.ENTERED) {
            throw new IllegalArgumentException("onsite.status");
        }
        jdbc.update("update onsite_form set status = ?, changed_at = ? where serial = ? and status <> 'ENTERED'",
                status.name(), Timestamp.from(clock.instant()), serial);
    }

    /** Called in the transaction that registered the complaint typed from this form. */
    void entered(int serial, long complaintId) {
        int updated = jdbc.update("update onsite_form set status = 'ENTERED', changed_at = ?, complaint_id = ? "
                + "where serial = ? and status <> 'ENTERED'", Timestamp.from(clock.instant()), complaintId, serial);
        if (updated != 1) {
            throw new IntakeRuleException("onsite.alreadyEntered");
        }
    }

    private static final String BOOKS = "select b.*, count(*) filter (where f.status = 'ENTERED') as entered, "
            + "count(*) filter (where f.status = 'MISSING') as missing from onsite_form_book b "
            + "left join onsite_form f on f.book_id = b.id";
    private static final String FORMS = "select f.*, b.issued_to from onsite_form f join onsite_form_book b on b.id = f.book_id";

    private static Book book(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Book(rs.getLong("id"), rs.getInt("first_serial"), rs.getInt("last_serial"), rs.getLong("issued_to"),
                rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(), rs.getInt("entered"), rs.getInt("missing"));
    }

    private static Form form(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Form(rs.getInt("serial"), rs.getLong("book_id"), rs.getLong("issued_to"), Status.valueOf(rs.getString("status")),
                rs.getTimestamp("changed_at").toInstant(), (Long) rs.getObject("complaint_id"));
    }
}
