package ir.shenava.customers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.shenava.customers.CustomerKind;
import ir.shenava.platform.SubstringSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The customer list page, read with one query per page: the matches are materialised from the
 * trigram index and counted with a window function in the same pass, and the unfiltered list takes
 * PostgreSQL's row estimate instead of counting every customer — the count, not the page, is what
 * costs at hundreds of thousands of rows (measured in bench/customer-search.sh).
 */
@Component
public class CustomerListing {

    static final int PAGE_SIZE = 25;
    private static final int EXACT_COUNT_BELOW = 50_000;

    /** A row of the list: only what the page shows. */
    public record Row(long id, String code, String name, CustomerKind kind, String city, Instant createdAt,
                      boolean verified) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), CustomerKind.valueOf(rs.getString("kind")), rs.getString("city"),
            rs.getTimestamp("created_at").toInstant(), rs.getBoolean("verified"));

    private final JdbcTemplate jdbc;
    private final SubstringSearch substrings;

    CustomerListing(JdbcTemplate jdbc, SubstringSearch substrings) {
        this.jdbc = jdbc;
        this.substrings = substrings;
    }

    public Page<Row> page(String query, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        String key = CustomerSearch.keyOf(query);
        return key.isEmpty() ? all(request) : matching(key, request);
    }

    private Page<Row> all(PageRequest request) {
        List<Row> rows = jdbc.query("select id, code, name, kind, city, created_at, verified from customer order by name, id "
                + "limit ? offset ?", ROW, request.getPageSize(), request.getOffset());
        Long estimate = jdbc.queryForObject("select reltuples::bigint from pg_class where oid = 'customer'::regclass", Long.class);
        long total = estimate == null || estimate < EXACT_COUNT_BELOW
                ? jdbc.queryForObject("select count(*) from customer", Long.class) : estimate;
        return new PageImpl<>(rows, request, Math.max(total, request.getOffset() + rows.size()));
    }

    private Page<Row> matching(String key, PageRequest request) {
        long[] total = {0};
        SubstringSearch.Condition holds = substrings.contains("customer.search_compact", "search_compact", key);
        List<Object> args = new ArrayList<>(holds.args());
        args.add(request.getPageSize());
        args.add(request.getOffset());
        List<Row> rows = jdbc.query("""
                with matches as materialized (
                    select id, code, name, kind, city, created_at, verified from customer where %s)
                select m.*, count(*) over () as total from matches m order by name, id limit ? offset ?""".formatted(holds.sql()),
                (rs, i) -> {
                    total[0] = rs.getLong("total");
                    return ROW.mapRow(rs, i);
                }, args.toArray());
        return new PageImpl<>(rows, request, rows.isEmpty() && request.getOffset() > 0 ? request.getOffset() : total[0]);
    }
}
