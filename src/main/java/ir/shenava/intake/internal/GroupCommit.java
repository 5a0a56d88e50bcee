package ir.shenava.intake.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: many callers' writes share one transaction and so one wait for the disk. A caller
 * hands its work in and blocks until the transaction holding it has committed — durability is
 * exactly that of a transaction per call — while a few writer threads take whatever has queued up
 * meanwhile (up to {@code maxBatch}) and run it as one batch. Under light load a batch holds one
 * item and nothing changes; under heavy load the per-transaction costs (a pooled connection,
 * begin, commit, the fsync) are paid once per batch instead of once per caller.
 *
 * <p>If a batch fails, nothing of it was committed, and each of its items is run again alone
 * ({@code single}), so one bad item fails only its own caller. After {@link #close()} (shutdown),
 * work is run alone on the caller's thread; what was queued before is finished first.
 *
 * @param <T> the work handed in
 * @param <R> its result
 */
final class GroupCommit<T, R> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private record Pending<T, R>(T work, CompletableFuture<R> result) {
    }

    private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    private final Function<List<T>, List<R>> batch;
    private final Function<T, R> single;
    private final int maxBatch;
    private final Duration maxWait;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param batch  runs all items in one transaction and returns their results in order
     * @param single runs one item in a transaction of its own
     */
    GroupCommit(String name, int writers, int maxBatch, Duration maxWait, Function<List<T>, List<R>> batch,
                Function<T, R> single) {
        if (writers < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("at least one writer and a batch of one");
        }
        this.batch = batch;
        this.single = single;
        this.maxBatch = maxBatch;
        this.maxWait = maxWait;
        for (int i = 1; i <= writers; i++) {
            Thread writer = new Thread(this::write, name + "-" + i);
            writer.setDaemon(true);
            this.writers.add(writer);
            writer.start();
        }
    }

    /** Runs the work in the next batch and returns once that batch has committed (or failed). */
    R submit(T work) {
        if (closed) {
            return single.apply(work);
        }
        Pending<T, R> pending = new Pending<>(work, new CompletableFuture<>());
        queue.add(pending);
        if (closed && queue.remove(pending)) {   // closed meanwhile, and no writer took it
            return single.apply(work);
        }
        try {
            return pending.result().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no commit within " + maxWait, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
        }
    }

    private void write() {
        List<Pending<T, R>> taken = new ArrayList<>(maxBatch);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                queue.drainTo(taken, maxBatch - 1);
                run(taken);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {   // never lose the writer; the callers have their answer
                log.error("Group commit writer failed", e);
            } finally {
                taken.forEach(p -> p.result().completeExceptionally(new IllegalStateException("not written")));
                taken.clear();
            }
        }
    }

    private void run(List<Pending<T, R>> taken) {
        if (taken.size() > 1) {
            try {
                List<R> results = batch.apply(taken.stream().map(Pending::work).toList());
                for (int i = 0; i < taken.size(); i++) {
                    taken.get(i).result().complete(results.get(i));
                }
                return;
            } catch (RuntimeException e) {
                log.debug("A batch of {} failed; its items run alone", taken.size(), e);
            }
        }
        for (Pending<T, R> p : taken) {
            try {
                p.result().complete(single.apply(p.work()));
            } catch (RuntimeException | Error e) {
                p.result().completeExceptionally(e);
            }
        }
    }

    /** Stops taking new work into batches, finishes what is queued, and waits for the writers. */
    @Override
    public void close() {
        closed = true;
        for (Thread writer : writers) {
            try {
                writer.join(maxWait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException e) {
            return e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
