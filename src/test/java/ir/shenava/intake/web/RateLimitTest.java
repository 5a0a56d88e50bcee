package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.platform.RateCounters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The limits of the public pages, counted in PostgreSQL (shared by the nodes). */
@ShenavaIntegrationTest
class RateLimitTest {

    @Autowired
    RateCounters counters;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aKeyIsLimitedInItsSlidingWindowAndAGivenBackAttemptDoesNotCount() {
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        RateLimit limit = new RateLimit(counters, "test-" + UUID.randomUUID(), 2, Duration.ofMinutes(10));
        assertThat(limit.tryAcquire("a")).isTrue();
        limit.release("a");
        assertThat(limit.tryAcquire("a")).isTrue();
        clock.advance(Duration.ofMinutes(6));
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
        assertThat(limit.tryAcquire("b")).as("another key").isTrue();
        clock.advance(Duration.ofMinutes(5));   // the first attempt left the window, the second has not
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
    }

    @Test
    void concurrentAttemptsNeverSlipPastTheLimit() throws Exception {
        clock.set(Instant.now());
        String key = "test-concurrent-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var results = IntStream.range(0, 40).mapToObj(i -> pool.submit(() -> counters.tryAcquire(key, 7, Duration.ofHours(1))))
                    .toList();
            long acquired = 0;
            for (Future<Boolean> r : results) {
                acquired += r.get() ? 1 : 0;
            }
            assertThat(acquired).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysWhoseWindowEndedAreDeletedAndTheOthersKept() {
        clock.set(Instant.now());
        String old = "test-old-" + UUID.randomUUID();
        String live = "test-live-" + UUID.randomUUID();
        counters.tryAcquire(old, 3, Duration.ofMinutes(1));
        counters.tryAcquire(live, 3, Duration.ofHours(1));
        clock.advance(Duration.ofMinutes(2));
        counters.deleteExpired();
        assertThat(jdbc.sql("select key from rate_counter where key in (?, ?)").params(old, live).query(String.class).list())
                .containsExactly(live);
        assertThat(counters.events(live, Duration.ofHours(1))).hasSize(1);
    }
}
