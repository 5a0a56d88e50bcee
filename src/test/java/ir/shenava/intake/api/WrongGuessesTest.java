package ir.shenava.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class WrongGuessesTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aClientIsBlockedAfterItsWrongGuessesUntilTheyLeaveTheWindow() {
        Hand clock = new Hand();
        WrongGuesses guesses = new WrongGuesses(3, Duration.ofMinutes(15), clock);
        assertThat(guesses.blocked("api:shn_aaaa")).isFalse();
        for (int i = 0; i < 3; i++) {
            guesses.record("api:shn_aaaa");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(guesses.blocked("api:shn_aaaa")).isTrue();
        assertThat(guesses.blocked("api:shn_bbbb")).as("another client").isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(13));   // the first guess is now 16 minutes old
        assertThat(guesses.blocked("api:shn_aaaa")).isFalse();
    }
}
