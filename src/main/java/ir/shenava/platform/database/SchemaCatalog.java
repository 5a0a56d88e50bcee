package ir.shenava.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The application's tables and sequences (schema {@code public}) as the catalogue describes them. */
final class SchemaCatalog {

    private SchemaCatalog() {
    }

    static List<String> tables(Connection c) throws SQLException {
        return strings(c, "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' "
                + "order by relname");
    }

    static List<String> sequences(Connection c) throws SQLException {
        return strings(c, "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'S' "
                + "order by relname");
    }

    /** Stored columns in table order; generated columns are computed again on restore. */
    static List<String> columns(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select attname from pg_attribute where attrelid = ?::regclass "
                + "and attnum > 0 and not attisdropped and attgenerated = '' order by attnum")) {
            s.setString(1, quote(table));
            return strings(s);
        }
    }

    static String schemaVersion(Connection c) throws SQLException {
        List<String> version = strings(c, "select version from flyway_schema_history where success and version is not null "
                + "order by installed_rank desc limit 1");
        if (version.isEmpty()) {
            throw new BackupException("The database has no Flyway schema history: it is not Shenava's");
        }
        return version.get(0);
    }

    /**
     * Tables ordered so that every table comes after the tables its foreign keys point to (a table
     * pointing at itself is fine: its rows are checked at the end of their COPY).
     */
    static List<String> parentsFirst(Connection c, List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        tables.forEach(t -> parents.put(t, new TreeSet<>()));
        try (PreparedStatement s = c.prepareStatement("select child.relname, parent.relname from pg_constraint k "
                + "join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid "
                + "where k.contype = 'f' and k.connamespace = 'public'::regnamespace and k.conrelid <> k.confrelid");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                if (parents.containsKey(rows.getString(1)) && parents.containsKey(rows.getString(2))) {
                    parents.get(rows.getString(1)).add(rows.getString(2));
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            parents.forEach((table, needs) -> {
                if (!ordered.contains(table) && ordered.containsAll(needs)) {
                    ordered.add(table);
                }
            });
            if (ordered.size() == before) {
                throw new BackupException("Foreign keys form a cycle among " + remaining(parents, ordered));
            }
        }
        return new ArrayList<>(ordered);
    }

    private static Set<String> remaining(Map<String, Set<String>> parents, Set<String> ordered) {
        Set<String> rest = new TreeSet<>(parents.keySet());
        rest.removeAll(ordered);
        return rest;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaCatalog::quote).toList());
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return strings(s);
        }
    }

    private static List<String> strings(PreparedStatement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }
}
