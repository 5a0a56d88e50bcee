package ir.shenava.intake.api;

import java.time.Duration;

import ir.shenava.platform.RateCounters;

/**
 * Wrong tracking look-ups per API key in a sliding window: once a key has made {@code limit} wrong
 * guesses it is refused until the oldest falls out of the window. Right answers cost nothing, so a
 * website following its own complaints is never slowed. Counted in PostgreSQL ({@link RateCounters}),
 * so a client whose calls are spread over several nodes gets the same number of guesses as on one.
 */
final class WrongGuesses {

    private final RateCounters counters;
    private final int limit;
    private final Duration window;

    WrongGuesses(RateCounters counters, int limit, Duration window) {
        this.counters = counters;
        this.limit = limit;
        this.window = window;
    }

    /** True when the client has used up its wrong guesses for now. */
    boolean blocked(String client) {
        return counters.events(key(client), window).size() >= limit;
    }

    void record(String client) {
        counters.tryAcquire(key(client), limit, window);
    }

    private static String key(String client) {
        return "intake.api-wrong:" + client;
    }
}
