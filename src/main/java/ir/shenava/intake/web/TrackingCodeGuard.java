package ir.shenava.intake.web;

import java.time.Duration;

import ir.shenava.intake.TrackingCode;
import ir.shenava.platform.RateCounters;
import org.springframework.stereotype.Component;

/**
 * Wrong verifiers for one tracking code — the tracking page and the API alike: four digits are few
 * enough to guess. They are counted per code and address: {@link #WRONG_PER_CODE_AND_ADDRESS} in an
 * hour lock the code for that address only, so a stranger cannot lock a customer out of their own
 * complaint. A guesser spread over many addresses still meets the higher cap of
 * {@link #WRONG_PER_CODE} for the code from everywhere, which then locks it for everybody until the
 * guesses age out. Each attempt is counted before the answer is known, so parallel guesses cannot
 * slip past the limit; a right answer gives it back. Every well-formed code counts alike, so the
 * lock never tells whether a code exists. Counted in PostgreSQL: every node sees the same attempts.
 */
@Component
public class TrackingCodeGuard {

    static final int WRONG_PER_CODE_AND_ADDRESS = 10;
    static final int WRONG_PER_CODE = 100;
    static final Duration CODE_LOCK = Duration.ofHours(1);

    private final RateLimit fromAddress;
    private final RateLimit fromAnywhere;

    TrackingCodeGuard(RateCounters counters) {
        this.fromAddress = new RateLimit(counters, "code-address", WRONG_PER_CODE_AND_ADDRESS, CODE_LOCK);
        this.fromAnywhere = new RateLimit(counters, "code", WRONG_PER_CODE, CODE_LOCK);
    }

    /** Counts an attempt on the code from an address; false when the code is locked for it. */
    public boolean attempt(TrackingCode code, String address) {
        if (!fromAddress.tryAcquire(key(code, address))) {
            return false;
        }
        if (!fromAnywhere.tryAcquire(key(code, "*"))) {
            fromAddress.release(key(code, address));
            return false;
        }
        return true;
    }

    /** The attempt was right: it does not count. */
    public void answeredRight(TrackingCode code, String address) {
        fromAddress.release(key(code, address));
        fromAnywhere.release(key(code, "*"));
    }

    private static String key(TrackingCode code, String address) {
        return code.value() + "#wrong@" + address;
    }
}
