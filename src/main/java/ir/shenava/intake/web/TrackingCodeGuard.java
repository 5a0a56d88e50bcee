package ir.shenava.intake.web;

import java.time.Clock;
import java.time.Duration;

import ir.shenava.intake.TrackingCode;
import org.springframework.stereotype.Component;

/**
 * Wrong verifiers for one tracking code, from anywhere — the tracking page and the API alike: four
 * digits are few enough to guess across many addresses or keys. After {@link #WRONG_PER_CODE} in an
 * hour the code is locked for everybody until they age out. Each attempt is counted before the
 * answer is known, so parallel guesses cannot slip past the limit; a right answer gives it back.
 * Every well-formed code counts alike, so the lock never tells whether a code exists.
 */
@Component
public class TrackingCodeGuard {

    static final int WRONG_PER_CODE = 10;
    static final Duration CODE_LOCK = Duration.ofHours(1);

    private final RateLimit wrong;

    TrackingCodeGuard(Clock clock) {
        this.wrong = new RateLimit(WRONG_PER_CODE, CODE_LOCK, clock);
    }

    /** Counts an attempt on the code; false when the code is locked. */
    public boolean attempt(TrackingCode code) {
        return wrong.tryAcquire(key(code));
    }

    /** The attempt was right: it does not count. */
    public void answeredRight(TrackingCode code) {
        wrong.release(key(code));
    }

    private static String key(TrackingCode code) {
        return code.value() + "#wrong";
    }
}
