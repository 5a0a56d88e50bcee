package ir.shenava.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliQuarterTest {

    @Test
    void monthsMapToQuarters() {
        assertThat(JalaliQuarter.of(new JalaliDate(1405, 1, 1)).quarter()).isEqualTo(1);
        assertThat(JalaliQuarter.of(new JalaliDate(1405, 3, 31)).quarter()).isEqualTo(1);
        assertThat(JalaliQuarter.of(new JalaliDate(1405, 4, 1)).quarter()).isEqualTo(2);
        assertThat(JalaliQuarter.of(new JalaliDate(1405, 7, 1)).quarter()).isEqualTo(3);
        assertThat(JalaliQuarter.of(new JalaliDate(1405, 9, 30)).quarter()).isEqualTo(3);
        assertThat(JalaliQuarter.of(new JalaliDate(1405, 10, 1)).quarter()).isEqualTo(4);
        assertThat(JalaliQuarter.of(new JalaliDate(1405, 12, 29)).quarter()).isEqualTo(4);
        assertThat(JalaliQuarter.of(LocalDate.of(2026, 12, 5))).isEqualTo(new JalaliQuarter(1405, 3));
        assertThat(JalaliQuarter.of(LocalDate.of(2025, 3, 20))).isEqualTo(new JalaliQuarter(1403, 4));
    }

    @Test
    void boundaries() {
        JalaliQuarter q3 = new JalaliQuarter(1405, 3);
        assertThat(q3.firstDay()).isEqualTo(new JalaliDate(1405, 7, 1));
        assertThat(q3.lastDay()).isEqualTo(new JalaliDate(1405, 9, 30));
        assertThat(new JalaliQuarter(1405, 1).lastDay()).isEqualTo(new JalaliDate(1405, 3, 31));
        assertThat(new JalaliQuarter(1403, 4).lastDay()).isEqualTo(new JalaliDate(1403, 12, 30));
        assertThat(new JalaliQuarter(1404, 4).lastDay()).isEqualTo(new JalaliDate(1404, 12, 29));
        assertThat(new JalaliQuarter(1404, 1).firstGregorianDay()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(new JalaliQuarter(1403, 4).lastGregorianDay()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(new JalaliQuarter(1404, 4).lastGregorianDay()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void consecutiveQuartersTileTheTimeline() {
        JalaliQuarter q = new JalaliQuarter(1402, 1);
        for (int i = 0; i < 20; i++) {
            JalaliQuarter n = q.next();
            assertThat(n.firstGregorianDay()).isEqualTo(q.lastGregorianDay().plusDays(1));
            assertThat(n.previous()).isEqualTo(q);
            assertThat(n).isGreaterThan(q);
            assertThat(q.contains(q.firstGregorianDay())).isTrue();
            assertThat(q.contains(n.firstGregorianDay())).isFalse();
            q = n;
        }
        assertThat(new JalaliQuarter(1404, 4).next()).isEqualTo(new JalaliQuarter(1405, 1));
        assertThat(new JalaliQuarter(1405, 1).previous()).isEqualTo(new JalaliQuarter(1404, 4));
    }

    @Test
    void labelAndString() {
        assertThat(new JalaliQuarter(1405, 3).label()).isEqualTo("سه\u200Cماهه ۳ ۱۴۰۵");
        assertThat(new JalaliQuarter(1405, 3)).hasToString("1405-Q3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1405-Q3", "1405Q3", "1405-q3", " 1405-Q3 ", "۱۴۰۵-Q۳"})
    void parses(String text) {
        assertThat(JalaliQuarter.parse(text)).isEqualTo(new JalaliQuarter(1405, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1405-Q5", "1405-Q0", "1405", "Q3-1405", "1405/3", "1405-Q33"})
    void rejectsBadText(String text) {
        assertThatThrownBy(() -> JalaliQuarter.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validatesQuarter() {
        assertThatThrownBy(() -> new JalaliQuarter(1405, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JalaliQuarter(1405, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JalaliQuarter.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
