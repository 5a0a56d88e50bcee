package ir.shenava.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code shenava_events_incomplete} and {@code shenava_events_oldest_incomplete_age_seconds}: event
 * publications whose listener has not yet succeeded (a mail server down, a bug), and how long the
 * oldest has waited. Completed publications are deleted ({@link BatchedCompletions}), so every row
 * without a completion date is one. An age that keeps growing is what an operator should alert on.
 */
@Component
class EventMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    EventMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shenava.events.incomplete", this, EventMetrics::incomplete)
                .description("Event publications not yet completed").register(registry);
        Gauge.builder("shenava.events.oldest.incomplete.age", this, EventMetrics::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest incomplete event publication").register(registry);
    }

    double incomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }

    double oldestAgeSeconds() {
        Timestamp oldest = jdbc.sql("select min(publication_date) from event_publication where completion_date is null")
                .query(Timestamp.class).optional().orElse(null);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
    }
}
