package ir.shenava.staff.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The RFC 6238 appendix B seed for HMAC-SHA1: the ASCII of "12345678901234567890". */
    static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} s → {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void theRfcTestVectorsForHmacSha1(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(RFC_SEED, step, 8, "HmacSHA1")).isEqualTo(expected);
        // six digits are the last six of the eight (the same truncated number, modulo 10^6)
        assertThat(Totp.code(RFC_SEED, step)).isEqualTo(expected.substring(2));
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotTwoStepsAway() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long current = Totp.step(now);
        for (int offset = -1; offset <= 1; offset++) {
            assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current + offset), now))
                    .hasValue(current + offset);
        }
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current + 2), now)).isEmpty();
    }

    @Test
    void persianAndArabicDigitsAndSpacesAreAccepted() {
        Instant now = Instant.ofEpochSecond(1_234_567_890L);   // code 005924
        assertThat(Totp.matchingStep(RFC_SEED, "۰۰۵ ۹۲۴", now)).isPresent();
        assertThat(Totp.matchingStep(RFC_SEED, "٠٠٥٩٢٤", now)).isPresent();
        assertThat(Totp.matchingStep(RFC_SEED, " 005-924 ", now)).isPresent();
        assertThat(Totp.matchingStep(RFC_SEED, "005925", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "00592", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "abc\u0000de", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, null, now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndReadsTheRfc4648Examples() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv-gy3t qojq GEZDGNBVGY3TQOJQ")).isEqualTo(RFC_SEED);
        assertThat(Base32.grouped("GEZDGNBVGY")).isEqualTo("GEZD GNBV GY");
    }
}
