package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aKeyIsLimitedInItsWindowAndAGivenBackAttemptDoesNotCount() {
        Hand clock = new Hand();
        RateLimit limit = new RateLimit(2, Duration.ofMinutes(10), clock);
        assertThat(limit.tryAcquire("a")).isTrue();
        limit.release("a");
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
        assertThat(limit.tryAcquire("b")).as("another key").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(limit.tryAcquire("a")).isTrue();
    }

    @Test
    void whenFullOnlyKeysThatAgedOutAreDroppedSoALockedKeyStaysLocked() {
        Hand clock = new Hand();
        RateLimit limit = new RateLimit(2, Duration.ofMinutes(10), clock, 10);
        for (int i = 0; i < 8; i++) {
            limit.tryAcquire("old" + i);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        limit.tryAcquire("locked");
        limit.tryAcquire("locked");
        assertThat(limit.tryAcquire("locked")).isFalse();
        for (int i = 0; i < 3; i++) {
            limit.tryAcquire("new" + i);   // the eleventh key: the map is over its capacity
        }
        assertThat(limit.keys()).as("the eight aged-out keys are gone").isEqualTo(4);
        assertThat(limit.tryAcquire("locked")).as("the active key kept its count").isFalse();
    }

    @Test
    void whenEveryKeyIsActiveAKeyAtItsLimitGoesLast() {
        Hand clock = new Hand();
        RateLimit limit = new RateLimit(2, Duration.ofHours(1), clock, 10);
        limit.tryAcquire("locked");
        limit.tryAcquire("locked");
        for (int i = 0; i < 10; i++) {
            clock.now = clock.now.plusSeconds(1);
            limit.tryAcquire("k" + i);   // k9 is the eleventh key
        }
        assertThat(limit.keys()).isEqualTo(9);
        assertThat(limit.tryAcquire("locked")).as("the quietest key, but at its limit: kept").isFalse();
        assertThat(limit.tryAcquire("k0")).as("dropped, so counted afresh").isTrue();
        assertThat(limit.tryAcquire("k0")).isTrue();
        assertThat(limit.tryAcquire("k9")).as("a recent key kept its count").isTrue();
        assertThat(limit.tryAcquire("k9")).isFalse();
    }
}
