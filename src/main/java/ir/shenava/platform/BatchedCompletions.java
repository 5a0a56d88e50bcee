package ir.shenava.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The event publication registry of Spring Modulith, with its two bookkeeping writes per listener
 * run made cheap. Modulith 2 writes "processing" before each listener and deletes the publication
 * after it ({@code completion-mode: delete}), each in a durable transaction of its own: with the
 * listener's own, three commits waiting for the disk per listener, and a complaint has up to five
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

    private final EventPublicationRepository registry;
    private final PendingDeletions deletions;

    BatchedCompletions(EventPublicationRepository registry, JdbcTemplate jdbc, String table) {
        this.registry = registry;
        this.deletions = new PendingDeletions(jdbc, table);
    }

    @Override
    public void markProcessing(UUID identifier) {
        // not written: see the class comment
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        if (!deletions.add(identifier)) {   // not running (starting or stopped): as Modulith would
            registry.markCompleted(identifier, completionDate);
        }
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
        return !deletions.isPending(identifier) && registry.markResubmitted(identifier, resubmissionDate);
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
        Set<UUID> before = deletions.snapshot();
        return registry.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier)
                .filter(p -> !isPending(before, p));
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
    public List<TargetEventPublication> findByStatus(Status status) {
        return registry.findByStatus(status);
    }

    @Override
    public int countByStatus(Status status) {
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
        Set<UUID> before = deletions.snapshot();
        List<TargetEventPublication> found = query.get();
        return found.stream().filter(p -> !isPending(before, p)).toList();
    }

    private boolean isPending(Set<UUID> before, TargetEventPublication publication) {
        return before.contains(publication.getIdentifier()) || deletions.isPending(publication.getIdentifier());
    }

    // --- lifecycle: the deletions' writer runs while the application does

    @Override
    public void start() {
        deletions.start();
    }

    /** Stops taking completions, then writes the ones still pending. */
    @Override
    public void stop() {
        deletions.stop();
    }

    @Override
    public boolean isRunning() {
        return deletions.isRunning();
    }

    /** Stopped after the listeners' executor (which stops in a later phase), started before it. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
