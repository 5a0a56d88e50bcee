package ir.shenava.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    // 2025-05-01 is a Thursday, 2025-05-02 a Friday, 2025-05-03 a Saturday.
    private final WorkCalendar plain = WorkCalendar.iranian(Set.of());
    private final WorkCalendar official = WorkCalendar.iranian(Set.copyOf(OfficialHolidays.days()));

    private static Instant tehran(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(JalaliDate.TEHRAN).toInstant();
    }

    @Test
    void weekdaysFridaysAndHolidays() {
        assertThat(LocalDate.of(2025, 5, 2).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(plain.isWorkingDay(LocalDate.of(2025, 5, 1))).isTrue();
        assertThat(plain.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(plain.isWorkingDay(LocalDate.of(2025, 5, 3))).isTrue();
        assertThat(official.isWorkingDay(LocalDate.of(2025, 6, 4))).isFalse();
        assertThat(plain.isWorkingDay(LocalDate.of(2025, 6, 4))).isTrue();
    }

    @Test
    void thursdayElevenPlusTwoHoursIsSaturdayNine() {
        assertThat(plain.addWorkingTime(tehran("2025-05-01T11:00"), Duration.ofHours(2)))
                .isEqualTo(tehran("2025-05-03T09:00"));
    }

    @Test
    void acrossAFriday() {
        // Wednesday 15:00: 1h Wednesday + 4h Thursday + 1h Saturday.
        assertThat(plain.addWorkingTime(tehran("2025-04-30T15:00"), Duration.ofHours(6)))
                .isEqualTo(tehran("2025-05-03T09:00"));
        // Starting on a Friday starts counting on Saturday morning.
        assertThat(plain.addWorkingTime(tehran("2025-05-02T10:00"), Duration.ofMinutes(90)))
                .isEqualTo(tehran("2025-05-03T09:30"));
    }

    @Test
    void acrossAHoliday() {
        // 14 and 15 Khordad 1404 (Wed, Thu) and Eid al-Adha (Fri) in a row.
        Instant tuesday = tehran("2025-06-03T15:00");
        assertThat(official.addWorkingTime(tuesday, Duration.ofHours(2))).isEqualTo(tehran("2025-06-07T09:00"));
        assertThat(plain.addWorkingTime(tuesday, Duration.ofHours(2))).isEqualTo(tehran("2025-06-04T09:00"));
    }

    @Test
    void startingAtNightOrEarlyMorning() {
        assertThat(plain.addWorkingTime(tehran("2025-05-04T22:00"), Duration.ofHours(1)))
                .isEqualTo(tehran("2025-05-05T09:00"));
        assertThat(plain.addWorkingTime(tehran("2025-05-05T03:00"), Duration.ofHours(1)))
                .isEqualTo(tehran("2025-05-05T09:00"));
        assertThat(plain.addWorkingTime(tehran("2025-05-01T12:00"), Duration.ofMinutes(1)))
                .isEqualTo(tehran("2025-05-03T08:01"));
    }

    @Test
    void deadlineOnTheEndOfAPeriodStaysThere() {
        assertThat(plain.addWorkingTime(tehran("2025-05-01T11:00"), Duration.ofHours(1)))
                .isEqualTo(tehran("2025-05-01T12:00"));
        // A full week is 5 × 8h + 4h = 44h; 40h from Saturday 08:00 ends Wednesday 16:00.
        assertThat(plain.addWorkingTime(tehran("2025-05-03T08:00"), Duration.ofHours(40)))
                .isEqualTo(tehran("2025-05-07T16:00"));
        assertThat(plain.addWorkingTime(tehran("2025-05-03T08:00"), Duration.ofHours(44)))
                .isEqualTo(tehran("2025-05-08T12:00"));
    }

    @Test
    void zeroDurationMeansNextWorkingMoment() {
        Instant inside = tehran("2025-05-03T10:15");
        assertThat(plain.addWorkingTime(inside, Duration.ZERO)).isEqualTo(inside);
        assertThat(plain.addWorkingTime(tehran("2025-05-02T10:00"), Duration.ZERO)).isEqualTo(tehran("2025-05-03T08:00"));
        assertThatThrownBy(() -> plain.addWorkingTime(inside, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextWorkingMoment() {
        Instant inside = tehran("2025-05-03T08:00");
        assertThat(plain.nextWorkingMoment(inside)).isEqualTo(inside);
        assertThat(plain.isWorkingMoment(inside)).isTrue();
        assertThat(plain.nextWorkingMoment(tehran("2025-05-03T07:59"))).isEqualTo(inside);
        assertThat(plain.nextWorkingMoment(tehran("2025-05-03T16:00"))).isEqualTo(tehran("2025-05-04T08:00"));
        assertThat(plain.isWorkingMoment(tehran("2025-05-03T16:00"))).isFalse();
        assertThat(plain.nextWorkingMoment(tehran("2025-05-01T12:30"))).isEqualTo(inside);
        assertThat(plain.nextWorkingMoment(tehran("2025-05-01T06:00"))).isEqualTo(tehran("2025-05-01T08:00"));
    }

    @Test
    void tehranHasNoDaylightSavingTimeAnyMore() {
        // Summer and winter 2025: 08:00 in Tehran is always 04:30 UTC.
        assertThat(plain.nextWorkingMoment(Instant.parse("2025-06-21T00:00:00Z")))
                .isEqualTo(Instant.parse("2025-06-21T04:30:00Z"));
        assertThat(plain.nextWorkingMoment(Instant.parse("2025-12-20T00:00:00Z")))
                .isEqualTo(Instant.parse("2025-12-20T04:30:00Z"));
        assertThat(JalaliDate.TEHRAN.getRules().getOffset(Instant.parse("2025-07-01T00:00:00Z")))
                .isEqualTo(ZoneOffset.ofHoursMinutes(3, 30));
        // Around the old DST switch date (1 Farvardin) a working day is still exactly 8 hours.
        Instant sat = tehran("2025-03-29T08:00");
        assertThat(plain.addWorkingTime(sat, Duration.ofHours(8))).isEqualTo(Instant.parse("2025-03-29T12:30:00Z"));
        assertThat(plain.workingTimeBetween(tehran("2025-03-20T00:00"), tehran("2025-03-24T00:00")))
                .isEqualTo(Duration.ofHours(4 + 8 + 8));
    }

    @Test
    void addWorkingDays() {
        LocalDate thursday = LocalDate.of(2025, 5, 1);
        assertThat(plain.addWorkingDays(thursday, 0)).isEqualTo(thursday);
        assertThat(plain.addWorkingDays(LocalDate.of(2025, 5, 2), 0)).isEqualTo(LocalDate.of(2025, 5, 3));
        assertThat(plain.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2025, 5, 3));
        assertThat(plain.addWorkingDays(LocalDate.of(2025, 5, 2), 1)).isEqualTo(LocalDate.of(2025, 5, 3));
        assertThat(plain.addWorkingDays(thursday, 6)).isEqualTo(LocalDate.of(2025, 5, 8));
        assertThat(official.addWorkingDays(LocalDate.of(2025, 6, 4), 0)).isEqualTo(LocalDate.of(2025, 6, 7));
        assertThat(official.addWorkingDays(LocalDate.of(2025, 6, 3), 1)).isEqualTo(LocalDate.of(2025, 6, 7));
        assertThatThrownBy(() -> plain.addWorkingDays(thursday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nowruzHolidays() {
        // 1404: Fri 1 Farvardin (2025-03-21) … Mon 4 Farvardin; Tuesday 2025-03-25 is the first working day.
        assertThat(official.addWorkingDays(LocalDate.of(2025, 3, 20), 1)).isEqualTo(LocalDate.of(2025, 3, 25));
        assertThat(official.addWorkingDays(LocalDate.of(2025, 3, 22), 0)).isEqualTo(LocalDate.of(2025, 3, 25));
        // 1405: 29 Esfand (Fri 2026-03-20) through 4 Farvardin (Tue 2026-03-24) are off.
        assertThat(official.addWorkingDays(LocalDate.of(2026, 3, 19), 1)).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(official.addWorkingTime(tehran("2026-03-19T11:00"), Duration.ofHours(2)))
                .isEqualTo(tehran("2026-03-25T09:00"));
        assertThat(official.workingTimeBetween(tehran("2026-03-19T12:00"), tehran("2026-03-25T08:00")))
                .isEqualTo(Duration.ZERO);
        // 12 and 13 Farvardin 1404 (Tue, Wed) with Eid al-Fitr on Monday 11 Farvardin.
        assertThat(official.addWorkingDays(LocalDate.of(2025, 3, 30), 1)).isEqualTo(LocalDate.of(2025, 4, 3));
    }

    @Test
    void workingTimeBetween() {
        Instant thu11 = tehran("2025-05-01T11:00");
        Instant sat09 = tehran("2025-05-03T09:00");
        assertThat(plain.workingTimeBetween(thu11, sat09)).isEqualTo(Duration.ofHours(2));
        assertThat(plain.workingTimeBetween(sat09, thu11)).isEqualTo(Duration.ofHours(-2));
        assertThat(plain.workingTimeBetween(thu11, thu11)).isEqualTo(Duration.ZERO);
        assertThat(plain.workingTimeBetween(tehran("2025-05-02T01:00"), tehran("2025-05-02T23:00"))).isZero();
        assertThat(plain.workingTimeBetween(tehran("2025-05-03T00:00"), tehran("2025-05-10T00:00")))
                .isEqualTo(Duration.ofHours(44));
        assertThat(official.workingTimeBetween(tehran("2025-06-03T15:00"), tehran("2025-06-07T09:00")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void addingAndMeasuringAreInverse() {
        Random random = new Random(1404);
        Instant base = tehran("2025-03-01T00:00");
        for (int i = 0; i < 500; i++) {
            Instant start = base.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 700)));
            Duration d = Duration.ofMinutes(random.nextInt(60 * 200));
            Instant end = official.addWorkingTime(start, d);
            assertThat(official.workingTimeBetween(start, end)).as("%s + %s", start, d).isEqualTo(d);
            assertThat(end).isAfterOrEqualTo(start);
        }
    }

    @Test
    void rejectsAWeekWithoutWorkingDaysAndIsImmutable() {
        assertThatThrownBy(() -> new WorkCalendar(new WorkWeek(java.util.Map.of()), Set.of(), JalaliDate.TEHRAN))
                .isInstanceOf(IllegalArgumentException.class);
        Set<LocalDate> holidays = new HashSet<>();
        WorkCalendar c = WorkCalendar.iranian(holidays);
        holidays.add(LocalDate.of(2025, 5, 3));
        assertThat(c.isWorkingDay(LocalDate.of(2025, 5, 3))).isTrue();
        assertThatThrownBy(() -> c.holidays().add(LocalDate.of(2025, 5, 4)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aWholeYearOfHolidaysIsSkippedWithoutLoopingForever() {
        Set<LocalDate> all = new HashSet<>();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2026; d = d.plusDays(1)) {
            all.add(d);
        }
        WorkCalendar blocked = WorkCalendar.iranian(all);
        assertThat(blocked.addWorkingDays(LocalDate.of(2025, 1, 1), 1)).isEqualTo(LocalDate.of(2026, 1, 1)); // a Thursday
        assertThat(blocked.nextWorkingMoment(tehran("2025-06-01T10:00"))).isEqualTo(tehran("2026-01-01T08:00"));
    }
}
