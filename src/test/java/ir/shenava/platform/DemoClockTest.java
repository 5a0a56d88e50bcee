package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo's clock steps back only for the thread in the story and the work that thread hands on. */
class DemoClockTest {

    private static final Instant TODAY = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant STORY = Instant.parse("2025-03-20T21:30:00Z");

    private final DemoClock clock = new DemoClock(Clock.fixed(TODAY, ZoneId.of("Asia/Tehran")));
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        other.shutdownNow();
    }

    @Test
    void theStoryTimeHoldsInsideTheWorkAndNowhereElse() throws Exception {
        Future<Instant> meanwhile = clock.at(STORY, () -> other.submit(clock::instant));
        Instant inside = clock.at(STORY, clock::instant);

        assertThat(inside).isEqualTo(STORY);
        assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(TODAY);
        assertThat(meanwhile.get()).as("another thread, not handed the story").isEqualTo(TODAY);
        assertThat(clock.instant()).as("after the work").isEqualTo(TODAY);
    }

    @Test
    void aStepInsideAStepReturnsToTheOuterMoment() {
        Instant later = STORY.plusSeconds(3600);
        Instant[] seen = new Instant[2];
        clock.at(STORY, () -> {
            clock.at(later, () -> seen[0] = clock.instant());
            seen[1] = clock.instant();
        });
        assertThat(seen).containsExactly(later, STORY);
    }

    @Test
    void workHandedOnCarriesTheMomentItWasHandedOnAt() throws Exception {
        CompletableFuture<Instant> listener = new CompletableFuture<>();
        clock.at(STORY, () -> other.execute(clock.carry(() -> listener.complete(clock.instant()))));
        assertThat(listener.get()).isEqualTo(STORY);

        CompletableFuture<Instant> plain = new CompletableFuture<>();
        other.execute(clock.carry(() -> plain.complete(clock.instant())));
        assertThat(plain.get()).as("handed on outside the story").isEqualTo(TODAY);
    }

    @Test
    void jobsWaitUntilTheLastDemoRunnerHasRun() throws Exception {
        assertThat(clock.generating()).isTrue();
        new DemoClock.Wiring().demoGenerated(clock).run(null);
        assertThat(clock.generating()).isFalse();
    }
}
