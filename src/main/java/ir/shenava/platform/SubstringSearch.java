package ir.shenava.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "The column contains this key" for a column with a trigram index, phrased so that the index
 * looks up only the key's <em>rarest</em> three-letter parts.
 *
 * <p>Why: {@code col like '%بیمارستانشبانهروزیشماره123457%'} makes PostgreSQL's GIN index visit
 * every trigram of the key, and the trigrams of a word that is in every row («بیمارستان»,
 * «نامناسب») are each skipped through once per candidate row: 35–150 ms at a million rows for a
 * search that finds one. Looking up the rarest few trigrams ({@code like '%123%' and like
 * '%457%'}) and checking the whole key on the few rows they leave ({@code strpos}) finds exactly
 * the same rows in 0.3–3 ms. Which trigrams are rare is learnt from a sample of the column (a few
 * thousand rows, taken again daily); small tables, short keys and a column not yet sampled use the
 * plain {@code like}, which is exact too.
 */
@Component
public class SubstringSearch {

    /** A condition and its positional arguments, in order. */
    public record Condition(String sql, List<Object> args) {

        /** The same condition with named parameters {@code :prefix0, :prefix1, …} put into {@code params}. */
        public String named(String prefix, Map<String, Object> params) {
            StringBuilder out = new StringBuilder();
            int n = 0;
            for (int i = 0; i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (c == '?') {
                    params.put(prefix + n, args.get(n));
                    out.append(':').append(prefix).append(n++);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    /** How often each trigram occurs in a column's sample (share of rows, 0–1), and when it was taken. */
    private record Shares(Map<String, Float> byTrigram, long takenAt) {
    }

    private static final Pattern TABLE_AND_COLUMN = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");
    /** Rows sampled per column: enough to tell a word in every row from a word in one row of a hundred. */
    private static final int SAMPLE = 5_000;
    /** Trigrams rarer than this in the sample are not kept: all of them count as rare. */
    private static final float KEPT_SHARE = 0.002f;
    /** Trigrams the index looks up at most; a trigram beyond the first is looked up only below this share. */
    private static final int MOST_LOOKED_UP = 3;
    private static final float COMMON_SHARE = 0.2f;

    private final JdbcTemplate jdbc;
    private final long rowsForRareParts;
    private final long lifeNanos;
    private final Map<String, Shares> shares = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> sampling = new ConcurrentHashMap<>();

    @Autowired
    SubstringSearch(JdbcTemplate jdbc) {
        this(jdbc, 20_000, Duration.ofHours(24));
    }

    /** {@code rowsForRareParts}: below this many rows (PostgreSQL's estimate) the plain {@code like} is used. */
    public SubstringSearch(JdbcTemplate jdbc, long rowsForRareParts, Duration life) {
        this.jdbc = jdbc;
        this.rowsForRareParts = rowsForRareParts;
        this.lifeNanos = life.toNanos();
    }

    /**
     * True when {@code expression} (e.g. {@code c.search_compact}, a column of {@code source}, written
     * {@code "table.column"}) holds {@code key} — a search key already folded as the column is.
     */
    public Condition contains(String source, String expression, String key) {
        if (!TABLE_AND_COLUMN.matcher(source).matches()) {
            throw new IllegalArgumentException("not a table.column: " + source);
        }
        List<String> rare = key.length() < 6 ? List.of() : rarest(key, sharesOf(source));
        if (rare.isEmpty()) {
            return new Condition(expression + " like ?", List.of(like(key)));
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("(");
        for (String part : rare) {
            sql.append(expression).append(" like ? and ");
            args.add(like(part));
        }
        sql.append("strpos(").append(expression).append(", ?) > 0)");
        args.add(key);
        return new Condition(sql.toString(), args);
    }

    /**
     * The key's rarest trigrams of letters and digits, rarest first: the rarest always, and up to two
     * more while they are in at most a fifth of the rows (a common trigram filters little and costs a
     * skip per candidate); none when the column has no sample yet (then the plain {@code like} is as
     * good as anything). Overlapping trigrams are fine: «299» and «999» together still leave fewer rows.
     */
    static List<String> rarest(String key, Map<String, Float> shares) {
        if (shares == null) {
            return List.of();
        }
        List<String> trigrams = new ArrayList<>();
        for (int i = 0; i + 3 <= key.length(); i++) {
            String t = key.substring(i, i + 3);
            if (wordy(key, i) && !trigrams.contains(t)) {
                trigrams.add(t);
            }
        }
        // stable: among equally rare trigrams the earlier one wins, so the same key gives the same SQL
        trigrams.sort((a, b) -> Float.compare(shares.getOrDefault(a, 0f), shares.getOrDefault(b, 0f)));
        List<String> chosen = new ArrayList<>();
        for (String t : trigrams) {
            if (chosen.size() == MOST_LOOKED_UP || (!chosen.isEmpty() && shares.getOrDefault(t, 0f) > COMMON_SHARE)) {
                break;
            }
            chosen.add(t);
        }
        return chosen;
    }

    private static boolean wordy(String key, int start) {
        for (int i = start; i < start + 3; i++) {
            if (!Character.isLetterOrDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The column's sample, taken now if it is missing or old; null while the table is small. */
    private Map<String, Float> sharesOf(String source) {
        Shares known = shares.get(source);
        long now = System.nanoTime();
        if (known != null && now - known.takenAt() < lifeNanos) {
            return known.byTrigram();
        }
        ReentrantLock lock = sampling.computeIfAbsent(source, s -> new ReentrantLock());
        if (known != null && !lock.tryLock()) {
            return known.byTrigram();   // another request is sampling; the old figures serve meanwhile
        }
        if (known == null) {
            lock.lock();
        }
        try {
            Shares again = shares.get(source);
            if (again != null && again != known) {
                return again.byTrigram();
            }
            Shares taken = new Shares(sample(source), System.nanoTime());
            shares.put(source, taken);
            return taken.byTrigram();
        } finally {
            lock.unlock();
        }
    }

    private Map<String, Float> sample(String source) {
        String table = source.substring(0, source.indexOf('.'));
        String column = source.substring(source.indexOf('.') + 1);
        Long rows = jdbc.queryForObject("select reltuples::bigint from pg_class where oid = to_regclass(?)", Long.class, table);
        if (rows == null || rows < rowsForRareParts) {
            return null;
        }
        double percent = Math.min(100.0, SAMPLE * 100.0 / rows);
        Map<String, Integer> counts = new HashMap<>();
        int[] seen = {0};
        jdbc.query("select " + column + " from " + table + " tablesample system (" + percent + ") limit " + (SAMPLE * 2),
                rs -> {
                    seen[0]++;
                    String text = rs.getString(1);
                    Set<String> inRow = new HashSet<>();
                    for (int i = 0; text != null && i + 3 <= text.length(); i++) {
                        if (wordy(text, i)) {
                            inRow.add(text.substring(i, i + 3));
                        }
                    }
                    inRow.forEach(t -> counts.merge(t, 1, Integer::sum));
                });
        if (seen[0] == 0) {
            return null;
        }
        Map<String, Float> byTrigram = new HashMap<>();
        counts.forEach((t, n) -> {
            float share = (float) n / seen[0];
            if (share >= KEPT_SHARE) {
                byTrigram.put(t, share);
            }
        });
        return byTrigram;
    }
}
