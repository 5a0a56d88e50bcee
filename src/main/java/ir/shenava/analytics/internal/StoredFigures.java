package ir.shenava.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The table of computed quarter figures ({@code analytics_quarter_figures}) and the change counters
 * that say whether a row is still current (V105: the projections' triggers move them). Reading a
 * row is one indexed lookup; its JSON is parsed once per version and kept in memory, so a busy
 * dashboard costs a version check. {@link #exclusively} serialises the computation of one quarter
 * and slice across nodes with a PostgreSQL advisory lock.
 */
@Component
class StoredFigures {

    /** Class of the two-key advisory locks of the stored figures (55, 56: the projections). */
    private static final int LOCK_CLASS = 57;

    /** One stored row as its version check found it: {@code figures} null when none is stored. */
    record Row(int key, String slice, QuarterFigures figures, long version, long latest, Instant computedAt) {

        boolean stored() {
            return figures != null;
        }

        boolean current() {
            return figures != null && version == latest;
        }
    }

    private record Parsed(long version, QuarterFigures figures) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper json;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    StoredFigures(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    static String slice(String department) {
        return department == null ? "" : department;
    }

    /** The stored rows of these quarters (and their counters), in the order asked, in one query. */
    List<Row> find(List<Integer> keys, String slice) {
        Integer[] k = keys.toArray(Integer[]::new);
        Integer[] previous = keys.stream().map(StoredFigures::previous).toArray(Integer[]::new);
        List<Object[]> rows = jdbc.sql("""
                select q.key, f.data_version, f.computed_at,
                       (select coalesce(sum(c.version), 0) from analytics_quarter_change c where c.quarter_key in (q.key, q.prev))
                from unnest(?, ?) with ordinality as q(key, prev, n)
                left join analytics_quarter_figures f on f.quarter_key = q.key and f.slice = ?
                order by q.n""")
                .params(k, previous, slice)
                .query((rs, i) -> new Object[] {rs.getInt(1), rs.getObject(2, Long.class), rs.getTimestamp(3), rs.getLong(4)})
                .list();
        return rows.stream().map(r -> {
            int key = (Integer) r[0];
            Long version = (Long) r[1];
            if (version == null) {
                return new Row(key, slice, null, -1, (Long) r[3], null);
            }
            return new Row(key, slice, parsed(key, slice, version), version, (Long) r[3], ((Timestamp) r[2]).toInstant());
        }).toList();
    }

    Row find(int key, String slice) {
        return find(List.of(key), slice).get(0);
    }

    private QuarterFigures parsed(int key, String slice, long version) {
        String id = key + "/" + slice;
        Parsed p = parsed.get(id);
        if (p == null || p.version() != version) {
            String text = jdbc.sql("select figures::text from analytics_quarter_figures where quarter_key = ? and slice = ?")
                    .params(key, slice).query(String.class).optional().orElse(null);
            if (text == null) {
                return null;
            }
            // a row replaced between the two reads is newer, never older: at worst the next view parses again
            p = new Parsed(version, json.readValue(text, QuarterFigures.class));
            parsed.put(id, p);
        }
        return p.figures();
    }

    /** The sum of the counters of the quarter and the previous one: read first in the snapshot the figures are computed in. */
    long version(int key) {
        return jdbc.sql("select coalesce(sum(version), 0) from analytics_quarter_change where quarter_key in (?, ?)")
                .params(key, previous(key)).query(Long.class).single();
    }

    /**
     * Makes sure both counters exist before a computation reads them: a later change of an older
     * complaint's moments moves the counters "from its quarter on", which must include these.
     */
    void ensureCounters(int key) {
        jdbc.sql("insert into analytics_quarter_change (quarter_key, version) values (?, 0), (?, 0) on conflict do nothing")
                .params(Math.min(key, previous(key)), Math.max(key, previous(key))).update();
    }

    /** Keeps the figures unless a newer version is stored already. */
    void store(int key, String slice, QuarterFigures figures, long version) {
        jdbc.sql("""
                insert into analytics_quarter_figures (quarter_key, slice, figures, data_version, computed_at)
                values (?, ?, cast(? as jsonb), ?, ?)
                on conflict (quarter_key, slice) do update set figures = excluded.figures,
                    data_version = excluded.data_version, computed_at = excluded.computed_at
                where analytics_quarter_figures.data_version <= excluded.data_version""")
                .params(key, slice, json.writeValueAsString(figures), version, Timestamp.from(figures.computedAt()))
                .update();
        parsed.put(key + "/" + slice, new Parsed(version, figures));
    }

    /** Quarters with stored figures that are no longer current, and the slices stored of each. */
    List<Row> stale() {
        return jdbc.sql("""
                select f.quarter_key, f.slice from analytics_quarter_figures f
                where f.data_version <> (select coalesce(sum(c.version), 0) from analytics_quarter_change c
                                         where c.quarter_key in (f.quarter_key, case when f.quarter_key % 10 = 1
                                             then (f.quarter_key / 10 - 1) * 10 + 4 else f.quarter_key - 1 end))
                order by f.quarter_key desc, f.slice""")
                .query((rs, i) -> new Row(rs.getInt(1), rs.getString(2), null, -1, -1, null)).list();
    }

    /** The quarters that have data (a counter) but no company figures stored yet. */
    List<Integer> missing() {
        return jdbc.sql("""
                select c.quarter_key from analytics_quarter_change c
                where c.version > 0 and not exists (select 1 from analytics_quarter_figures f
                                                    where f.quarter_key = c.quarter_key and f.slice = '')
                order by 1 desc""").query(Integer.class).list();
    }

    /**
     * Runs {@code work} while holding the lock of this quarter and slice, on a connection of its own:
     * a second node (or thread) waits, then finds the first one's stored result.
     */
    <T> T exclusively(int key, String slice, Supplier<T> work) {
        int lock = (key + "/" + slice).hashCode();
        return template.execute((ConnectionCallback<T>) connection -> {
            try (var s = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
                s.setInt(1, LOCK_CLASS);
                s.setInt(2, lock);
                s.execute();
            }
            try {
                return work.get();
            } finally {
                try (var s = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
                    s.setInt(1, LOCK_CLASS);
                    s.setInt(2, lock);
                    s.execute();
                }
            }
        });
    }

    static int previous(int key) {
        return key % 10 == 1 ? (key / 10 - 1) * 10 + 4 : key - 1;
    }
}
