package ir.shenava.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completed event publications waiting to be deleted, and the thread that deletes them: one
 * statement and one commit per batch ({@link BatchedCompletions}). An id is pending from
 * {@link #add} until its batch is committed.
 */
final class PendingDeletions {

    private static final Logger log = LoggerFactory.getLogger(PendingDeletions.class);
    private static final int MAX_BATCH = 500;

    private final JdbcTemplate jdbc;
    private final String deleteSql;
    private final BlockingQueue<UUID> queue = new LinkedBlockingQueue<>();
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private volatile Thread writer;

    PendingDeletions(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.deleteSql = "delete from " + table + " where id = any(?)";
    }

    /** Queues the deletion; false if the writer is not running (the caller deletes it itself). */
    boolean add(UUID id) {
        if (writer == null) {
            return false;
        }
        pending.add(id);
        queue.add(id);
        return true;
    }

    boolean isPending(UUID id) {
        return pending.contains(id);
    }

    /** The ids pending now. */
    Set<UUID> snapshot() {
        return Set.copyOf(pending);
    }

    synchronized void start() {
        if (writer == null) {
            Thread thread = new Thread(this::write, "event-completions");
            thread.setDaemon(true);
            writer = thread;
            thread.start();
        }
    }

    /** Stops taking deletions, then writes the ones still queued. */
    void stop() {
        Thread running;
        synchronized (this) {
            running = writer;
            writer = null;
        }
        if (running == null) {
            return;
        }
        running.interrupt();
        try {
            running.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<UUID> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (int from = 0; from < rest.size(); from += MAX_BATCH) {
            delete(rest.subList(from, Math.min(rest.size(), from + MAX_BATCH)));
        }
    }

    boolean isRunning() {
        return writer != null;
    }

    private void write() {
        List<UUID> batch = new ArrayList<>(MAX_BATCH);
        while (writer == Thread.currentThread()) {
            try {
                UUID first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                if (!delete(batch)) {
                    queue.addAll(batch);   // the database is away: try again in a moment
                    TimeUnit.SECONDS.sleep(1);
                }
                batch.clear();
            } catch (InterruptedException e) {
                queue.addAll(batch);
                return;
            }
        }
    }

    /** One statement (and one commit) for the batch; false if the database refused it. */
    private boolean delete(List<UUID> batch) {
        try {
            jdbc.update(con -> {
                var statement = con.prepareStatement(deleteSql);
                statement.setArray(1, con.createArrayOf("uuid", batch.toArray()));
                return statement;
            });
            batch.forEach(pending::remove);
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not delete {} completed event publications yet: {}", batch.size(), e.getMessage());
            return false;
        }
    }
}
