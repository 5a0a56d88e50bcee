package ir.shenava.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliDateTest {

    @Test
    void knownConversions() {
        assertThat(JalaliDate.fromGregorian(LocalDate.of(2025, 3, 20))).isEqualTo(new JalaliDate(1403, 12, 30));
        assertThat(JalaliDate.fromGregorian(LocalDate.of(2025, 3, 21))).isEqualTo(new JalaliDate(1404, 1, 1));
        assertThat(JalaliDate.fromGregorian(LocalDate.of(2026, 12, 5))).isEqualTo(new JalaliDate(1405, 9, 14));
        assertThat(JalaliDate.fromGregorian(LocalDate.of(2026, 3, 20))).isEqualTo(new JalaliDate(1404, 12, 29));
        assertThat(JalaliDate.fromGregorian(LocalDate.of(1979, 2, 11))).isEqualTo(new JalaliDate(1357, 11, 22));
        assertThat(new JalaliDate(1405, 9, 14).toGregorian()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(new JalaliDate(1403, 12, 30).toGregorian()).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void roundTripsEveryDayForDecadesAndAgreesWithIcuGregorianFields() {
        LocalDate d = LocalDate.of(2015, 1, 1);
        JalaliDate previous = null;
        for (int i = 0; i < 365 * 20; i++, d = d.plusDays(1)) {
            JalaliDate j = JalaliDate.fromGregorian(d);
            assertThat(j.toGregorian()).isEqualTo(d);
            if (previous != null) {
                assertThat(j).isGreaterThan(previous);
                assertThat(previous.plusDays(1)).isEqualTo(j);
            }
            previous = j;
        }
    }

    @Test
    void icuWithExplicitPersianLocaleAgrees() {
        Calendar persian = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("fa_IR@calendar=persian"));
        GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
        g.clear();
        g.set(2026, java.util.Calendar.DECEMBER, 5);
        persian.setTime(g.getTime());
        assertThat(persian.getType()).isEqualTo("persian");
        assertThat(new JalaliDate(persian.get(Calendar.YEAR), persian.get(Calendar.MONTH) + 1,
                persian.get(Calendar.DAY_OF_MONTH))).isEqualTo(new JalaliDate(1405, 9, 14));
    }

    @Test
    void leapYearsAndMonthLengths() {
        assertThat(JalaliDate.isLeapYear(1403)).isTrue();
        assertThat(JalaliDate.isLeapYear(1404)).isFalse();
        assertThat(JalaliDate.isLeapYear(1405)).isFalse();
        assertThat(JalaliDate.isLeapYear(1399)).isTrue();
        assertThat(JalaliDate.lengthOfMonth(1403, 12)).isEqualTo(30);
        assertThat(JalaliDate.lengthOfMonth(1404, 12)).isEqualTo(29);
        assertThat(JalaliDate.lengthOfMonth(1404, 1)).isEqualTo(31);
        assertThat(JalaliDate.lengthOfMonth(1404, 6)).isEqualTo(31);
        assertThat(JalaliDate.lengthOfMonth(1404, 7)).isEqualTo(30);
        assertThat(JalaliDate.lengthOfMonth(1404, 11)).isEqualTo(30);
        assertThatThrownBy(() -> JalaliDate.lengthOfMonth(1404, 13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructorRejectsImpossibleDates() {
        assertThatThrownBy(() -> new JalaliDate(1404, 12, 30)).isInstanceOf(InvalidJalaliDateException.class);
        assertThatThrownBy(() -> new JalaliDate(1404, 7, 31)).isInstanceOf(InvalidJalaliDateException.class);
        assertThatThrownBy(() -> new JalaliDate(1404, 0, 1)).isInstanceOf(InvalidJalaliDateException.class);
        assertThatThrownBy(() -> new JalaliDate(1404, 13, 1)).isInstanceOf(InvalidJalaliDateException.class);
        assertThatThrownBy(() -> new JalaliDate(1404, 1, 0)).isInstanceOf(InvalidJalaliDateException.class);
        assertThat(new JalaliDate(1404, 6, 31).day()).isEqualTo(31);
    }

    @Test
    void ofInstantUsesTehranTime() {
        assertThat(JalaliDate.ofInstant(Instant.parse("2025-03-20T20:29:59Z"))).isEqualTo(new JalaliDate(1403, 12, 30));
        assertThat(JalaliDate.ofInstant(Instant.parse("2025-03-20T21:00:00Z"))).isEqualTo(new JalaliDate(1404, 1, 1));
        assertThat(JalaliDate.now(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC)))
                .isEqualTo(new JalaliDate(1405, 9, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"۱۴۰۵/۰۹/۱۴", "1405/9/14", "1405-09-14", "١٤٠٥/٠٩/١٤", "  1405/09/14 ", "1405 / 9 / 14"})
    void parsesCommonFormats(String text) {
        assertThat(JalaliDate.parse(text)).isEqualTo(new JalaliDate(1405, 9, 14));
    }

    @Test
    void saysWhyADateWasRefused() {
        assertThat(reason("1404/12/30")).isEqualTo(InvalidJalaliDateException.Reason.DAY);
        assertThat(reason("۱۴۰۵/۰۹/۳۱")).isEqualTo(InvalidJalaliDateException.Reason.DAY);
        assertThat(reason("1405/13/01")).isEqualTo(InvalidJalaliDateException.Reason.MONTH);
        assertThat(reason("فردا")).isEqualTo(InvalidJalaliDateException.Reason.FORMAT);
        assertThatThrownBy(() -> JalaliDate.parse("2026-12-01")).as("a Gregorian date is not read as Jalali year 2026")
                .isInstanceOfSatisfying(InvalidJalaliDateException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidJalaliDateException.Reason.GREGORIAN);
                    assertThat(java.util.List.of(e.year(), e.month(), e.day())).containsExactly(2026, 12, 1);
                });
    }

    private static InvalidJalaliDateException.Reason reason(String text) {
        try {
            JalaliDate.parse(text);
            throw new AssertionError(text + " was accepted");
        } catch (InvalidJalaliDateException e) {
            return e.reason();
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1404/12/30", "1405/13/01", "1405/00/10", "14/09/1405", "1405/09", "1405.09.14x",
            "abcd/ef/gh", "1405/09/14/1", "1405/7/31"})
    void rejectsBadFormatsAndImpossibleDates(String text) {
        assertThatThrownBy(() -> JalaliDate.parse(text))
                .isInstanceOf(InvalidJalaliDateException.class)
                .hasMessageStartingWith("تاریخ معتبر نیست")
                .satisfies(e -> assertThat(((InvalidJalaliDateException) e).messageKey()).isEqualTo("date.invalid"));
    }

    @Test
    void formatting() {
        JalaliDate d = new JalaliDate(1405, 9, 14);
        assertThat(d.toNumericString()).isEqualTo("1405/09/14");
        assertThat(new JalaliDate(1405, 1, 2).toNumericString()).isEqualTo("1405/01/02");
        assertThat(d.toPersianString()).isEqualTo("۱۴ آذر ۱۴۰۵");
        assertThat(new JalaliDate(1404, 1, 1).toPersianString()).isEqualTo("۱ فروردین ۱۴۰۴");
        assertThat(JalaliDate.parse(d.toNumericString())).isEqualTo(d);
    }

    @Test
    void monthNames() {
        assertThat(JalaliDate.monthName(1)).isEqualTo("فروردین");
        assertThat(JalaliDate.monthName(2)).isEqualTo("اردیبهشت");
        assertThat(JalaliDate.monthName(5)).isEqualTo("مرداد");
        assertThat(JalaliDate.monthName(9)).isEqualTo("آذر");
        assertThat(JalaliDate.monthName(12)).isEqualTo("اسفند");
        assertThatThrownBy(() -> JalaliDate.monthName(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plusDaysCrossesYearEnds() {
        assertThat(new JalaliDate(1403, 12, 29).plusDays(1)).isEqualTo(new JalaliDate(1403, 12, 30));
        assertThat(new JalaliDate(1403, 12, 30).plusDays(1)).isEqualTo(new JalaliDate(1404, 1, 1));
        assertThat(new JalaliDate(1404, 12, 29).plusDays(1)).isEqualTo(new JalaliDate(1405, 1, 1));
        assertThat(new JalaliDate(1405, 1, 1).plusDays(-1)).isEqualTo(new JalaliDate(1404, 12, 29));
        assertThat(new JalaliDate(1404, 1, 1).plusDays(365)).isEqualTo(new JalaliDate(1405, 1, 1));
    }

    @Test
    void comparesChronologically() {
        assertThat(new JalaliDate(1404, 12, 29)).isLessThan(new JalaliDate(1405, 1, 1));
        assertThat(new JalaliDate(1405, 2, 1)).isGreaterThan(new JalaliDate(1405, 1, 31));
        assertThat(new JalaliDate(1405, 2, 1)).isEqualByComparingTo(new JalaliDate(1405, 2, 1));
        assertThat(new JalaliDate(1405, 9, 14).quarter()).isEqualTo(new JalaliQuarter(1405, 3));
    }
}
