package ir.shenava.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import ir.shenava.analytics.internal.Quarters;
import ir.shenava.shared.JalaliQuarter;
import org.junit.jupiter.api.Test;

/** Quarter boundaries are Tehran midnights: 1 Farvardin 00:00 and the end of Esfand 30 in a leap year. */
class QuartersTest {

    @Test
    void aQuarterStartsAtMidnightInTehranNotInUtc() {
        // 1 Farvardin 1392 = 2013-03-21, Tehran then at +03:30
        assertThat(Quarters.start(new JalaliQuarter(1392, 1))).isEqualTo(Instant.parse("2013-03-20T20:30:00Z"));
        assertThat(Quarters.of(Instant.parse("2013-03-20T20:29:59Z"))).isEqualTo(new JalaliQuarter(1391, 4));
        assertThat(Quarters.of(Instant.parse("2013-03-20T20:30:00Z"))).isEqualTo(new JalaliQuarter(1392, 1));
    }

    @Test
    void esfandThirtiethOfALeapYearBelongsToTheFourthQuarter() {
        // 1403 is a leap year: 30 Esfand 1403 = 2025-03-20; 1 Farvardin 1404 starts 2025-03-20T20:30Z
        assertThat(Quarters.end(new JalaliQuarter(1403, 4))).isEqualTo(Instant.parse("2025-03-20T20:30:00Z"));
        assertThat(Quarters.keyOf(Instant.parse("2025-03-20T20:29:59Z"))).isEqualTo(14034);
        assertThat(Quarters.keyOf(Instant.parse("2025-03-20T20:30:00Z"))).isEqualTo(14041);
        // 1404 is not: its Esfand ends on the 29th (2026-03-20), and 1405 starts the next midnight
        assertThat(Quarters.end(new JalaliQuarter(1404, 4))).isEqualTo(Instant.parse("2026-03-20T20:30:00Z"));
        assertThat(new JalaliQuarter(1404, 4).lastDay().day()).isEqualTo(29);
        assertThat(Quarters.keyOf(Instant.parse("2026-03-20T08:00:00Z"))).isEqualTo(14044);
    }

    @Test
    void keysAndComparisonsRoundTrip() {
        JalaliQuarter q = new JalaliQuarter(1405, 3);
        assertThat(Quarters.key(q)).isEqualTo(14053);
        assertThat(Quarters.ofKey(14053)).isEqualTo(q);
        assertThat(Quarters.yearEarlier(q)).isEqualTo(new JalaliQuarter(1404, 3));
        assertThat(Quarters.end(q)).isEqualTo(Quarters.start(q.next()));
    }
}
