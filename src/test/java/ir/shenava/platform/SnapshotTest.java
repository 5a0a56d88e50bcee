package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class SnapshotTest {

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aSnapshotIsReadOnceUntilItsDataChanges() {
        DataVersion version = new DataVersion();
        Snapshot<Integer> snapshot = new Snapshot<>(Duration.ofHours(1), version, loads::incrementAndGet);
        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(snapshot.get()).isEqualTo(1);

        version.changed();
        assertThat(snapshot.get()).isEqualTo(2);
        assertThat(snapshot.get()).isEqualTo(2);
    }

    @Test
    void aSnapshotWhoseTimeRanOutIsReadAgain() {
        Snapshot<Integer> snapshot = new Snapshot<>(Duration.ZERO, loads::incrementAndGet);
        int first = snapshot.get();
        while (snapshot.get() == first) {
            Thread.onSpinWait();   // nanoTime moves on; the next read is a new load
        }
        assertThat(loads.get()).isGreaterThan(1);
    }

    @Test
    void aChangeInATransactionMovesTheVersionAgainWhenTheTransactionEnds() {
        DataVersion version = new DataVersion();
        Snapshot<Integer> snapshot = new Snapshot<>(Duration.ofHours(1), version, loads::incrementAndGet);
        TransactionSynchronizationManager.initSynchronization();
        try {
            version.changed();
            // another reader loads between the write and the commit: it sees the old rows
            assertThat(snapshot.get()).isEqualTo(1);
            for (TransactionSynchronization sync : TransactionSynchronizationManager.getSynchronizations()) {
                sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
            }
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(snapshot.get()).isEqualTo(2);
    }
}
