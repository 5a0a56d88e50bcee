package ir.shenava.platform;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that moves whenever the rows behind a {@link Snapshot} change in this process, so the
 * snapshot is read again at its next use instead of when its time runs out. It moves at once (the
 * writing transaction then reads its own change) and again when the writing transaction ends: a
 * reader that reloaded between the write and the commit saw the old rows, and must not keep them.
 */
public final class DataVersion {

    private final AtomicLong version = new AtomicLong();

    /** Call where the data is written: an entity listener, or the command that writes it. */
    public void changed() {
        version.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                }
            });
        }
    }

    /** Compare with the value read when the data was loaded: different means it changed since. */
    public long current() {
        return version.get();
    }
}
