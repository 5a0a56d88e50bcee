package ir.shenava.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows written by one {@code INSERT … VALUES (…), (…)} statement instead of one statement each: one
 * round trip, and the table's statement-level triggers fire once (the analytics projections' change
 * counters move once for a survey's eight answers, not eight times).
 */
public final class MultiRowInsert {

    private MultiRowInsert() {
    }

    /**
     * Inserts {@code rows}; {@code head} is the statement up to {@code values}, {@code tail} what
     * follows the rows (e.g. {@code on conflict do nothing}), {@code values} gives a row's parameters
     * in the order of {@code head}'s columns. Returns the rows inserted; nothing is run for no rows.
     */
    public static <T> int insert(JdbcClient jdbc, String head, String tail, Collection<T> rows,
                                 Function<T, List<Object>> values) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder(head).append(" values ");
        List<Object> params = new ArrayList<>();
        for (T row : rows) {
            List<Object> v = values.apply(row);
            sql.append(params.isEmpty() ? "(" : ", (").append("?, ".repeat(v.size() - 1)).append("?)");
            params.addAll(v);
        }
        return jdbc.sql(sql.append(' ').append(tail).toString()).params(params).update();
    }
}
