package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import ir.shenava.intake.TrackingCode;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void codesAreShortReadableAndNotASequence() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            TrackingCode code = TrackingCode.random();
            assertThat(code.value()).matches("[2-9A-HJKMNP-TV-Z]{10}").doesNotContain("0", "O", "1", "I", "L", "U");
            seen.add(code.value());
        }
        assertThat(seen).hasSize(20_000);
        // 30 symbols, 10 places: at least 40 bits of randomness
        assertThat(10 * Math.log(30) / Math.log(2)).isGreaterThan(40);
    }

    @Test
    void whatPeopleTypeIsAccepted() {
        TrackingCode code = TrackingCode.random();
        assertThat(TrackingCode.parse(code.display().toLowerCase())).contains(code);
        assertThat(TrackingCode.parse(" " + code.value() + " ")).contains(code);
        assertThat(TrackingCode.parse("۲۳۴۵۶-ABCDE")).contains(new TrackingCode("23456ABCDE"));
        assertThat(TrackingCode.parse("1234567890")).isEmpty();
        assertThat(TrackingCode.parse("ABC")).isEmpty();
        assertThat(TrackingCode.parse(null)).isEmpty();
    }
}
