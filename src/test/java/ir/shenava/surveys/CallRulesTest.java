package ir.shenava.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.WorkCalendar;
import ir.shenava.surveys.calls.CallRules;
import org.junit.jupiter.api.Test;

/** The follow-up call's timing: a week after completion, at the next working moment; retries; unreachable. */
class CallRulesTest {

    // the official holidays of the migration around the dates used here
    static final WorkCalendar CALENDAR = WorkCalendar.iranian(Set.of(
            LocalDate.parse("2025-03-21"), LocalDate.parse("2025-03-22"), LocalDate.parse("2025-03-23"),
            LocalDate.parse("2025-03-24"), LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-21"),
            LocalDate.parse("2026-03-22"), LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-24"),
            LocalDate.parse("2026-05-27")));

    final CallRules rules = new CallRules(7, 5, 10, Duration.ofHours(4), Duration.ofMinutes(20));

    static Instant tehran(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(JalaliDate.TEHRAN).toInstant();
    }

    @Test
    void aWeekAfterCompletionOnAWorkingDayIsThatMorning() {
        // Tue 2026-10-06 + 7 = Tue 2026-10-13
        assertThat(rules.dueAt(LocalDate.parse("2026-10-06"), CALENDAR)).isEqualTo(tehran("2026-10-13T08:00"));
    }

    @Test
    void aDueDayOnFridayMovesToSaturday() {
        assertThat(rules.dueAt(LocalDate.parse("2026-10-02"), CALENDAR)).isEqualTo(tehran("2026-10-10T08:00"));
    }

    @Test
    void aDueDayOnAHolidayMovesToTheNextWorkingDay() {
        // Wed 2026-05-27 is Eid al-Adha: Thursday morning
        assertThat(rules.dueAt(LocalDate.parse("2026-05-20"), CALENDAR)).isEqualTo(tehran("2026-05-28T08:00"));
    }

    @Test
    void nowruzIsSkipped() {
        // Sat 2026-03-14 + 7 = 1 Farvardin 1405; 1–4 Farvardin are holidays: Wednesday 5 Farvardin
        Instant due = rules.dueAt(LocalDate.parse("2026-03-14"), CALENDAR);
        assertThat(due).isEqualTo(tehran("2026-03-25T08:00"));
        assertThat(JalaliDate.ofInstant(due)).isEqualTo(new JalaliDate(1405, 1, 5));
    }

    @Test
    void esfandThirtyOfALeapYearIsAWorkingThursday() {
        // 1403 has 30 Esfand (2025-03-20, a Thursday): a completion a week before is called that morning
        Instant due = rules.dueAt(LocalDate.parse("2025-03-13"), CALENDAR);
        assertThat(due).isEqualTo(tehran("2025-03-20T08:00"));
        assertThat(JalaliDate.ofInstant(due)).isEqualTo(new JalaliDate(1403, 12, 30));
        // and a completion on 30 Esfand itself is called seven days later, after Nowruz's first four days
        assertThat(rules.dueAt(LocalDate.parse("2025-03-20"), CALENDAR)).isEqualTo(tehran("2025-03-27T08:00"));
    }

    @Test
    void unitsOfOneIranianWeekShareItsSaturday() {
        assertThat(CallRules.weekOf(LocalDate.parse("2026-10-03"))).isEqualTo(LocalDate.parse("2026-10-03")); // Saturday
        assertThat(CallRules.weekOf(LocalDate.parse("2026-10-09"))).isEqualTo(LocalDate.parse("2026-10-03")); // Friday
        assertThat(CallRules.weekOf(LocalDate.parse("2026-10-10"))).isEqualTo(LocalDate.parse("2026-10-10"));
    }

    @Test
    void retriesAreSpacedOverWorkingTime() {
        // Thursday 11:00: one hour left of the morning, three more from Saturday 08:00
        assertThat(rules.retryAt(tehran("2026-10-08T11:00"), CALENDAR)).isEqualTo(tehran("2026-10-10T11:00"));
    }

    @Test
    void theCallIsExhaustedAfterFiveFailuresOrTenWorkingDays() {
        Instant first = tehran("2026-10-10T09:00");   // Saturday
        assertThat(rules.exhausted(4, first, tehran("2026-10-12T09:00"), CALENDAR)).isFalse();
        assertThat(rules.exhausted(5, first, tehran("2026-10-12T09:00"), CALENDAR)).isTrue();
        // ten working days from Saturday 10/10: 10,11,12,13,14,15 (Thu), 17,18,19,20 — over on Wednesday 10/21
        assertThat(rules.exhausted(2, first, tehran("2026-10-20T15:00"), CALENDAR)).isFalse();
        assertThat(rules.exhausted(2, first, tehran("2026-10-21T08:00"), CALENDAR)).isTrue();
    }
}
