package ir.shenava.platform;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of work on one node at a time, with a PostgreSQL advisory lock named after it: the
 * scheduled jobs of several app nodes (and a "run now" button) never overlap. Held on a connection
 * of its own for the duration of the work; released even when the work throws.
 */
@Component
public class ClusterLock {

    private final JdbcTemplate jdbc;
    private final DemoClock demo;

    ClusterLock(JdbcTemplate jdbc, org.springframework.beans.factory.ObjectProvider<DemoClock> demo) {
        this.jdbc = jdbc;
        this.demo = demo.getIfAvailable();
    }

    /** The work's result, or empty when another node (or thread) holds the lock right now. */
    public <T> Optional<T> runAlone(String name, Supplier<T> work) {
        if (demo != null && demo.generating()) {   // the demo profile's data is still being written: as if busy
            return Optional.empty();
        }
        long key = key(name);
        return jdbc.execute((ConnectionCallback<Optional<T>>) connection -> {
            if (!call(connection, "select pg_try_advisory_lock(?)", key)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                call(connection, "select pg_advisory_unlock(?)", key);
            }
        });
    }

    private static boolean call(java.sql.Connection connection, String sql, long key) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static long key(String name) {
        CRC32 crc = new CRC32();
        crc.update(("shenava:" + name).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
