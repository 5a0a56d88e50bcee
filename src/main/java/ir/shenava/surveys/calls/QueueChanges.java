package ir.shenava.surveys.calls;

import ir.shenava.platform.DataVersion;
import org.springframework.stereotype.Component;

/**
 * Moves whenever a follow-up call is written on this node — scheduled, claimed, released, tried,
 * ended, moved to another customer — so the callers' queue kept in memory for a moment is read again
 * at once after a change made here (another node's changes show when the kept queue's time runs out).
 */
@Component
public class QueueChanges {

    private final DataVersion version = new DataVersion();

    void changed() {
        version.changed();
    }

    /** Compare with the value read when the queue was read: different means a call changed since. */
    public long current() {
        return version.current();
    }
}
