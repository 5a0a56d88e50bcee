package ir.shenava.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key (a client address, a tracking code) in a sliding window. Kept
 * in memory: on several nodes each node limits on its own, which still bounds a flood by the number
 * of nodes. Each key's times change only inside the map's own atomic {@code compute}, so a key
 * emptied and dropped by one thread is never written to by another.
 */
final class RateLimit {

    static final int DEFAULT_CAPACITY = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

    RateLimit(int limit, Duration window, Clock clock) {
        this(limit, window, clock, DEFAULT_CAPACITY);
    }

    /** @param capacity the keys kept before the quiet ones are dropped (a guard against memory growth) */
    RateLimit(int limit, Duration window, Clock clock, int capacity) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.capacity = capacity;
    }

    /** Records an attempt; false when the key is over its limit (the attempt is then not recorded). */
    boolean tryAcquire(String key) {
        long now = clock.millis();
        boolean[] acquired = {false};
        events.compute(key, (k, times) -> {
            Deque<Long> kept = times == null ? new ArrayDeque<>() : times;
            expire(kept, now);
            if (kept.size() < limit) {
                kept.addLast(now);
                acquired[0] = true;
            }
            return kept.isEmpty() ? null : kept;
        });
        if (events.size() > capacity) {
            evict(now);
        }
        return acquired[0];
    }

    /** Gives back the latest attempt of the key: it turned out not to count (a right answer, say). */
    void release(String key) {
        events.computeIfPresent(key, (k, times) -> {
            times.pollLast();
            return times.isEmpty() ? null : times;
        });
    }

    int keys() {
        return events.size();
    }

    /**
     * Drops the keys whose events have all left the window; if that is not enough (many keys active at
     * once), those furthest from their limit and, among them, quiet for longest — a key at its limit
     * (a locked code) goes last. Down to nine tenths of the capacity, so that the next calls need not
     * sweep again.
     */
    private synchronized void evict(long now) {
        if (events.size() <= capacity) {
            return;
        }
        record Last(String key, int count, long at) {
        }
        List<Last> active = new ArrayList<>();
        for (String key : events.keySet()) {
            events.computeIfPresent(key, (k, times) -> {
                expire(times, now);
                if (times.isEmpty()) {
                    return null;
                }
                active.add(new Last(k, times.size(), times.peekLast()));
                return times;
            });
        }
        int excess = active.size() - capacity * 9 / 10;
        if (excess > 0) {
            active.sort(Comparator.comparingInt(Last::count).thenComparingLong(Last::at));
            active.subList(0, excess).forEach(l -> events.remove(l.key()));
        }
    }

    private void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > window.toMillis()) {
            times.pollFirst();
        }
    }
}
