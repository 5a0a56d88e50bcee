package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import ir.shenava.intake.internal.LinkSigner.Purpose;
import org.junit.jupiter.api.Test;

class LinkSignerTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private static LinkSigner signer(String secret, Instant at) {
        return new LinkSigner(new LinkSecret(null, null, null, secret), Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void aTokenOpensItsPurposeAndComplaintOnly() {
        String token = signer("s3cret", NOW).sign(Purpose.CONFIRM, 42, Duration.ofDays(90));
        assertThat(signer("s3cret", NOW).verify(Purpose.CONFIRM, 42, token)).isTrue();
        assertThat(signer("s3cret", NOW).verify(Purpose.CONFIRM, 43, token)).isFalse();
        assertThat(signer("s3cret", NOW).verify(Purpose.RATE, 42, token)).isFalse();
        assertThat(signer("another", NOW).verify(Purpose.CONFIRM, 42, token)).as("another key").isFalse();
    }

    @Test
    void aTokenExpiresAndItsExpiryCannotBeMovedOn() {
        String token = signer("s3cret", NOW).sign(Purpose.RATE, 7, Duration.ofMinutes(30));
        assertThat(signer("s3cret", NOW.plusSeconds(29 * 60)).verify(Purpose.RATE, 7, token)).isTrue();
        assertThat(signer("s3cret", NOW.plusSeconds(30 * 60)).verify(Purpose.RATE, 7, token)).isFalse();
        String later = (Long.parseLong(token.substring(0, token.indexOf('.'))) + 86_400) + token.substring(token.indexOf('.'));
        assertThat(signer("s3cret", NOW.plusSeconds(31 * 60)).verify(Purpose.RATE, 7, later)).isFalse();
    }

    @Test
    void garbageIsRefusedQuietly() {
        LinkSigner signer = signer("s3cret", NOW);
        for (String junk : new String[] {null, "", ".", "abc", "1.", "x.y", "-5.abc", "1".repeat(13) + ".a", "9".repeat(200)}) {
            assertThat(signer.verify(Purpose.CONFIRM, 1, junk)).as(String.valueOf(junk)).isFalse();
        }
    }
}
