package ir.shenava.platform;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells every node that data it keeps in memory changed on some node. The writer calls
 * {@link #changed} in the transaction that changes the data: the row of that name in
 * {@code cache_version} moves with the commit (and not without it). Every node reads the small table
 * every {@code shenava.cluster.change-poll} (2 s) and runs the listeners of each name whose counter
 * moved since its last look — on the writing node too, which costs one extra reload.
 */
@Component
public class SharedChanges {

    private static final Logger log = LoggerFactory.getLogger(SharedChanges.class);

    private final JdbcClient jdbc;
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    SharedChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code listener} whenever the data called {@code name} changed on any node. */
    public void onChange(String name, Runnable listener) {
        listeners.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Call inside the transaction that changes the data: the other nodes learn of it after the commit. */
    public void changed(String name) {
        jdbc.sql("insert into cache_version (name, version) values (?, 1) "
                        + "on conflict (name) do update set version = cache_version.version + 1")
                .param(name).update();
    }

    /** One look at the counters; public so that a test can look now instead of waiting for the schedule. */
    @Scheduled(fixedDelayString = "${shenava.cluster.change-poll:PT2S}", initialDelayString = "${shenava.cluster.change-poll:PT2S}")
    public void poll() {
        try {
            jdbc.sql("select name, version from cache_version").query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .list().forEach(row -> {
                        Long before = seen.put(row.getKey(), row.getValue());
                        if (!Objects.equals(before, row.getValue())) {
                            listeners.getOrDefault(row.getKey(), List.of()).forEach(Runnable::run);
                        }
                    });
        } catch (RuntimeException e) {
            log.warn("Could not read the shared change counters; trying again at the next poll: {}", e.getMessage());
        }
    }
}
