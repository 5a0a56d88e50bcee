package ir.shenava.intake.web;

import java.time.Duration;

import ir.shenava.platform.RateCounters;

/**
 * At most {@code limit} events per key (a client address, a tracking code) in a sliding window,
 * counted in PostgreSQL ({@link RateCounters}) so that every node counts the same requests: a
 * visitor whose requests a load balancer spreads over two nodes meets the limit, not twice it.
 */
final class RateLimit {

    private final RateCounters counters;
    private final String name;
    private final int limit;
    private final Duration window;

    /** @param name sets this limit's keys apart from other limits' in the shared table */
    RateLimit(RateCounters counters, String name, int limit, Duration window) {
        this.counters = counters;
        this.name = name;
        this.limit = limit;
        this.window = window;
    }

    /** Records an attempt; false when the key is over its limit (the attempt is then not recorded). */
    boolean tryAcquire(String key) {
        return counters.tryAcquire(key(key), limit, window);
    }

    /** Gives back the latest attempt of the key: it turned out not to count (a right answer, say). */
    void release(String key) {
        counters.release(key(key));
    }

    private String key(String key) {
        return "intake." + name + ":" + key;
    }
}
