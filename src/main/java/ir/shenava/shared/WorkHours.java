package ir.shenava.shared;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Office hours of one day, e.g. 08:00–16:00. Deadlines (SLA) only run inside them.
 * The end is exclusive; a period cannot cross midnight.
 */
public record WorkHours(LocalTime start, LocalTime end) {

    public WorkHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Work hours must start before they end: " + start + "-" + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** True for start ≤ time &lt; end. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
