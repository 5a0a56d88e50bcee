package ir.shenava.staff.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed logins per address, whatever the accounts tried (password spraying tries one password on
 * many accounts and never trips an account's own lock). After {@link #FREE} failures within
 * {@link #WINDOW} the address must wait before its next attempt: one second, then twice as long
 * after every further failure, at most {@link #MAX_WAIT}. Only the address is slowed — no account is
 * locked by it, so a stranger cannot shut a colleague out. Kept in memory, per node.
 */
@Component
class LoginThrottle {

    static final int FREE = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final int CAPACITY = 50_000;

    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must still wait before it may try again (zero: now). */
    Duration waitFor(String address) {
        long now = clock.millis();
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            expire(times, now);
            if (times.size() < FREE) {
                return Duration.ZERO;
            }
            long wait = Math.min(MAX_WAIT.toMillis(), 1000L << Math.min(20, times.size() - FREE));
            return Duration.ofMillis(Math.max(0, times.peekLast() + wait - now));
        }
    }

    void failed(String address) {
        long now = clock.millis();
        if (failures.size() > CAPACITY) {
            failures.clear();   // a flood from countless addresses: forget rather than run out of memory
        }
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
        }
    }

    private void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > WINDOW.toMillis()) {
            times.pollFirst();
        }
    }
}
