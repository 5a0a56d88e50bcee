package ir.shenava.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key (a client address) in a sliding window. Kept in memory: on
 * several nodes each node limits on its own, which still bounds a flood by the number of nodes.
 */
final class RateLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

    RateLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Records an attempt; false when the key is over its limit (the attempt is then not recorded). */
    boolean tryAcquire(String key) {
        long now = clock.millis();
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > window.toMillis()) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
        }
        if (events.size() > 100_000) {
            events.clear();   // a crude guard against memory growth from many addresses
        }
        return true;
    }
}
