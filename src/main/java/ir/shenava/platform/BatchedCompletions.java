package ir.shenava.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The event publication registry of Spring Modulith, with its two bookkeeping writes per listener
 * run made cheap. Modulith 2 writes "processing" before each listener and deletes the publication
 * after it ({@code completion-mode: delete}), each in a durable transaction of its own: with the
 * listener's own, three commits waiting for the disk per listener, and a complaint has five
 * listeners. Here the "processing" mark is not written (nothing in Shenava reads it: a publication
 * is incomplete until it is gone, and resubmission takes only old ones), and completed publications
 * are deleted in batches, one statement per batch, by a thread of their own.
 *
 * <p>What this trades: a publication completed in the last moment before the node dies is not yet
 * deleted, so it is delivered again on restart ({@code republish-outstanding-events-on-restart}) or
 * by the resubmission job. Listeners are idempotent (house rule 3), so that costs a repeated no-op,
 * never a lost or doubled effect. On a regular shutdown the pending deletions are written first.
 * While a deletion is pending, this node already answers "complete" for it.
 */
final class BatchedCompletions implements EventPublicationRepository, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BatchedCompletions.class);
    private static final int MAX_BATCH = 500;

    private final EventPublicationRepository registry;
    private final JdbcTemplate jdbc;
    private final String deleteSql;
    private final BlockingQueue<UUID> completed = new LinkedBlockingQueue<>();
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private volatile Thread writer;

    BatchedCompletions(EventPublicationRepository registry, JdbcTemplate jdbc, String table) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.deleteSql = "delete from " + table + " where id = any(?)";
    }

    @Override
    public void markProcessing(UUID identifier) {
        // not written: see the class comment
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        if (writer == null) {   // not running (starting or stopped): as Modulith would
            registry.markCompleted(identifier, completionDate);
            return;
        }
        pending.add(identifier);
        completed.add(identifier);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        registry.markCompleted(event, identifier, completionDate);
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        return registry.create(publication);
    }

    @Override
    public void markFailed(UUID identifier) {
        registry.markFailed(identifier);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return !pending.contains(identifier) && registry.markResubmitted(identifier, resubmissionDate);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return withoutPending(registry::findIncompletePublications);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return withoutPending(() -> registry.findIncompletePublicationsPublishedBefore(instant));
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        return withoutPending(() -> registry.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier)
                .map(List::of).orElse(List.of())).stream().findFirst();
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return withoutPending(() -> registry.findFailedPublications(criteria));
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return registry.findCompletedPublications();
    }

    @Override
    public List<TargetEventPublication> findByStatus(org.springframework.modulith.events.EventPublication.Status status) {
        return registry.findByStatus(status);
    }

    @Override
    public int countByStatus(org.springframework.modulith.events.EventPublication.Status status) {
        return registry.countByStatus(status);
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        registry.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        registry.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        registry.deleteCompletedPublicationsBefore(instant);
    }

    /**
     * The query's answer without the publications whose deletion is pending. Those pending when the
     * query began count too: the writer may delete one and forget it while the query still reads
     * the row from its snapshot.
     */
    private List<TargetEventPublication> withoutPending(Supplier<List<TargetEventPublication>> query) {
        Set<UUID> before = Set.copyOf(pending);
        List<TargetEventPublication> found = query.get();
        if (before.isEmpty() && pending.isEmpty()) {
            return found;
        }
        return found.stream().filter(p -> !before.contains(p.getIdentifier()) && !pending.contains(p.getIdentifier())).toList();
    }

    // --- the writer of deletions

    @Override
    public synchronized void start() {
        if (writer == null) {
            Thread thread = new Thread(this::write, "event-completions");
            thread.setDaemon(true);
            writer = thread;
            thread.start();
        }
    }

    /** Stops taking completions, then writes the ones still pending. */
    @Override
    public void stop() {
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
        completed.drainTo(rest);
        for (int from = 0; from < rest.size(); from += MAX_BATCH) {
            delete(rest.subList(from, Math.min(rest.size(), from + MAX_BATCH)));
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    /** Stopped after the listeners' executor (which stops in a later phase), started before it. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void write() {
        List<UUID> batch = new ArrayList<>(MAX_BATCH);
        while (writer == Thread.currentThread()) {
            try {
                UUID first = completed.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                completed.drainTo(batch, MAX_BATCH - 1);
                if (!delete(batch)) {
                    completed.addAll(batch);   // the database is away: try again in a moment
                    TimeUnit.SECONDS.sleep(1);
                }
                batch.clear();
            } catch (InterruptedException e) {
                completed.addAll(batch);
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
