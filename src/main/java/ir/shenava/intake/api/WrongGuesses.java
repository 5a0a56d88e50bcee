package ir.shenava.intake.api;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong tracking look-ups per API key in a sliding window: once a key has made {@code limit} wrong
 * guesses it is refused until the oldest falls out of the window. Right answers cost nothing, so a
 * website following its own complaints is never slowed. Kept in memory (per node).
 */
final class WrongGuesses {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Long>> guesses = new ConcurrentHashMap<>();

    WrongGuesses(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** True when the client has used up its wrong guesses for now. */
    boolean blocked(String client) {
        Deque<Long> times = guesses.get(client);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            expire(times, clock.millis());
            return times.size() >= limit;
        }
    }

    void record(String client) {
        long now = clock.millis();
        Deque<Long> times = guesses.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
        }
        if (guesses.size() > 100_000) {
            guesses.clear();   // a crude guard against memory growth
        }
    }

    private void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > window.toMillis()) {
            times.pollFirst();
        }
    }
}
