package ir.shenava.staff.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import ir.shenava.platform.RateCounters;
import org.springframework.stereotype.Component;

/**
 * Failed logins per address, whatever the accounts tried (password spraying tries one password on
 * many accounts and never trips an account's own lock). After {@link #FREE} failures within
 * {@link #WINDOW} the address must wait before its next attempt: one second, then twice as long
 * after every further failure, at most {@link #MAX_WAIT}. Only the address is slowed — no account is
 * locked by it, so a stranger cannot shut a colleague out. Counted in PostgreSQL
 * ({@link RateCounters}), so a sprayer whose attempts a load balancer spreads over the nodes waits
 * as long as on one node.
 */
@Component
class LoginThrottle {

    static final int FREE = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** More failures than this in the window change nothing (the wait is at its maximum long before). */
    private static final int KEPT = 64;

    private final RateCounters counters;
    private final Clock clock;

    LoginThrottle(RateCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** How long the address must still wait before it may try again (zero: now). */
    Duration waitFor(String address) {
        List<java.time.Instant> failures = counters.events(key(address), WINDOW);
        if (failures.size() < FREE) {
            return Duration.ZERO;
        }
        long wait = Math.min(MAX_WAIT.toMillis(), 1000L << Math.min(20, failures.size() - FREE));
        long last = failures.get(failures.size() - 1).toEpochMilli();
        return Duration.ofMillis(Math.max(0, last + wait - clock.millis()));
    }

    void failed(String address) {
        counters.tryAcquire(key(address), KEPT, WINDOW);
    }

    private static String key(String address) {
        return "staff.login-failed:" + address;
    }
}
