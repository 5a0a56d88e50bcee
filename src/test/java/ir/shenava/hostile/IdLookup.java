package ir.shenava.hostile;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An existing id for a path variable or an id field, found by name in the database: {@code {id}}
 * after {@code /customers/} is the newest row of {@code customer}; {@code siteId} one of
 * {@code customer_site}. Unknown names get 1 (a 404 is a fine answer, a 500 is not).
 */
final class IdLookup {

    private final Map<String, String> cache = new HashMap<>();
    private List<String> tables;

    synchronized String id(JdbcTemplate jdbc, String name, String pattern) {
        String subject = name;
        if (name.equalsIgnoreCase("id")) {
            String before = pattern.substring(0, Math.max(0, pattern.indexOf("{" + name)));
            String[] segments = before.split("/");
            subject = segments.length == 0 ? "" : segments[segments.length - 1];
        } else if (name.toLowerCase(Locale.ROOT).endsWith("id")) {
            subject = name.substring(0, name.length() - 2);
        }
        String key = snake(subject);
        return cache.computeIfAbsent(key, k -> lookup(jdbc, k));
    }

    private String lookup(JdbcTemplate jdbc, String subject) {
        if (tables == null) {
            tables = jdbc.queryForList("select table_name from information_schema.columns where table_schema = 'public' "
                    + "and column_name = 'id' order by table_name", String.class);
        }
        if (subject.isEmpty()) {
            return "1";
        }
        String singular = subject.endsWith("xes") || subject.endsWith("ses") ? subject.substring(0, subject.length() - 2)
                : subject.endsWith("s") ? subject.substring(0, subject.length() - 1) : subject;
        for (String candidate : List.of(subject, singular)) {
            for (String table : tables) {
                if (table.equals(candidate)) {
                    return newest(jdbc, table);
                }
            }
        }
        for (String table : tables) {
            if (table.endsWith("_" + singular) || table.startsWith(singular + "_")) {
                return newest(jdbc, table);
            }
        }
        return "1";
    }

    private static String newest(JdbcTemplate jdbc, String table) {
        Object id = jdbc.queryForList("select id from \"" + table + "\" order by id desc limit 1", Object.class).stream().findFirst().orElse(null);
        return id == null ? "1" : id.toString();
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").replace('-', '_').toLowerCase(Locale.ROOT);
    }
}
