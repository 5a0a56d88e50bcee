package ir.shenava.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.platform.RateCounters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ShenavaIntegrationTest
class WrongGuessesTest {

    @Autowired
    RateCounters counters;
    @Autowired
    TestClock clock;

    @Test
    void aClientIsBlockedAfterItsWrongGuessesUntilTheyLeaveTheWindow() {
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        WrongGuesses guesses = new WrongGuesses(counters, 3, Duration.ofMinutes(15));
        String client = "api:shn_" + UUID.randomUUID();
        assertThat(guesses.blocked(client)).isFalse();
        for (int i = 0; i < 3; i++) {
            guesses.record(client);
            clock.advance(Duration.ofSeconds(60));
        }
        assertThat(guesses.blocked(client)).isTrue();
        assertThat(guesses.blocked(client + "-other")).as("another client").isFalse();

        clock.advance(Duration.ofMinutes(13));   // the first guess is now 16 minutes old
        assertThat(guesses.blocked(client)).isFalse();
    }
}
