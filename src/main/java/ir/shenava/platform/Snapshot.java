package ir.shenava.platform;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A small table read once and kept for a few seconds — the routing rules, the active staff — so
 * that a busy path (registering a complaint, drawing the inbox) does not read it on every request.
 * Read again when its {@link DataVersion} moved (a change made by this process) or when its time
 * to live ran out (a change made by another node or by hand in SQL).
 *
 * <p>Ages are measured with {@link System#nanoTime()}, not the application {@code Clock}: this is
 * about the machine's elapsed time, and a fixed test clock would otherwise keep a value forever.
 */
public final class Snapshot<T> {

    private record Taken<T>(T value, long version, long takenAt) {
    }

    private final long timeToLive;
    private final DataVersion version;
    private final Supplier<T> load;
    private volatile Taken<T> taken;

    /** For data this process never writes (reference lists kept by migrations): only its age counts. */
    public Snapshot(Duration timeToLive, Supplier<T> load) {
        this(timeToLive, new DataVersion(), load);
    }

    public Snapshot(Duration timeToLive, DataVersion version, Supplier<T> load) {
        this.timeToLive = timeToLive.toNanos();
        this.version = version;
        this.load = load;
    }

    public T get() {
        Taken<T> current = taken;
        long now = System.nanoTime();
        long expected = version.current();
        if (current == null || current.version() != expected || now - current.takenAt() > timeToLive) {
            // the version is read before loading: a change during the load moves it, and the next get loads again
            current = new Taken<>(load.get(), expected, now);
            taken = current;
        }
        return current.value();
    }
}
