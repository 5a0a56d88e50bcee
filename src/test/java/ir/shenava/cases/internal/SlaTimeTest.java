package ir.shenava.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import ir.shenava.cases.Priority;
import ir.shenava.cases.SlaMilestone;
import ir.shenava.cases.SlaState;
import ir.shenava.intake.Channel;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.WorkCalendar;
import org.junit.jupiter.api.Test;

/**
 * SLA time is working time: a case opened on Tuesday afternoon before 22 Bahman (a Wednesday
 * holiday) loses neither the holiday nor the Friday that follows from its targets. Pure: a work
 * calendar built by hand, no Spring, no database.
 */
class SlaTimeTest {

    static final LocalDate REVOLUTION_DAY = new JalaliDate(1404, 11, 22).toGregorian();
    static final WorkCalendar CALENDAR = WorkCalendar.iranian(Set.of(REVOLUTION_DAY));
    static final WorkCalendar WITHOUT_HOLIDAY = WorkCalendar.iranian(Set.of());
    static final SlaTarget NORMAL = new SlaTarget(Priority.NORMAL, 8 * 60, 2 * 8 * 60, 10 * 8 * 60);
    static final Duration WARNING = Duration.ofHours(4);
    static final Instant OPENED = tehran(2026, 2, 10, 14, 0); // Tuesday 21 Bahman 1404, 14:00

    static Instant tehran(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(JalaliDate.TEHRAN).toInstant();
    }

    @Test
    void theHolidayAndTheFridayAreNotCounted() {
        assertThat(REVOLUTION_DAY).isEqualTo(LocalDate.of(2026, 2, 11));
        SlaDues dues = SlaDues.from(OPENED, NORMAL, CALENDAR);

        // 8 h: Tuesday 14–16 (2), Wednesday a holiday, Thursday 8–12 (4), Friday off, Saturday 8–10 (2).
        assertThat(dues.acknowledge()).isEqualTo(tehran(2026, 2, 14, 10, 0));
        // 16 h: … Saturday to 16:00 (14), Sunday 8–10 (2).
        assertThat(dues.firstContact()).isEqualTo(tehran(2026, 2, 15, 10, 0));
        // 80 h = ten working days: two Thursdays are half days, two Fridays and the holiday are off.
        assertThat(dues.resolution()).isEqualTo(tehran(2026, 2, 24, 14, 0));

        assertThat(SlaDues.from(OPENED, NORMAL, WITHOUT_HOLIDAY).acknowledge())
                .as("worked through, the same target ends on the Wednesday")
                .isEqualTo(tehran(2026, 2, 11, 14, 0));
    }

    @Test
    void onTimeDueSoonAndOverdueAreMeasuredInWorkingTime() {
        Instant due = SlaDues.from(OPENED, NORMAL, CALENDAR).acknowledge();

        assertThat(state(OPENED, due)).isEqualTo(SlaState.ON_TIME);
        assertThat(state(tehran(2026, 2, 11, 15, 0), due)).as("on the holiday 6 working hours are still left")
                .isEqualTo(SlaState.ON_TIME);
        assertThat(Sla.state(SlaMilestone.ACKNOWLEDGE, SlaDues.from(OPENED, NORMAL, WITHOUT_HOLIDAY).acknowledge(),
                tehran(2026, 2, 11, 15, 0), WITHOUT_HOLIDAY, WARNING)).as("had it been a working day")
                .isEqualTo(SlaState.OVERDUE);
        assertThat(state(tehran(2026, 2, 12, 10, 0), due))
                .as("Thursday 10:00 is two days before the due moment but only 4 working hours")
                .isEqualTo(SlaState.DUE_SOON);
        assertThat(state(tehran(2026, 2, 12, 7, 59), due)).as("6 working hours left before Thursday's start")
                .isEqualTo(SlaState.ON_TIME);
        assertThat(state(tehran(2026, 2, 13, 20, 0), due)).as("Friday evening").isEqualTo(SlaState.DUE_SOON);
        assertThat(state(due.minusSeconds(60), due)).isEqualTo(SlaState.DUE_SOON);
        assertThat(state(due, due)).isEqualTo(SlaState.OVERDUE);
        assertThat(Sla.state(null, null, due, CALENDAR, WARNING)).isEqualTo(SlaState.DONE);
    }

    @Test
    void theCeoHearsOfAnOverdueCaseAfterAFurtherWorkingDayNotANight() {
        ComplaintCase c = new ComplaintCase(1L, "SLATEST1", Channel.WEB_FORM, null, false, null, "موضوع", null, 7L,
                OPENED, SlaDues.from(OPENED, NORMAL, CALENDAR));
        SlaSignal.Windows windows = new SlaSignal.Windows(WARNING, Duration.ofHours(8));
        Instant due = c.getAcknowledgeDueAt();

        assertThat(SlaSignal.owed(c, OPENED, CALENDAR, windows)).isEmpty();
        assertThat(SlaSignal.owed(c, tehran(2026, 2, 12, 10, 0), CALENDAR, windows))
                .containsExactly(new SlaSignal(SlaSignal.Kind.DUE_SOON, SlaMilestone.ACKNOWLEDGE, due));
        assertThat(SlaSignal.owed(c, due, CALENDAR, windows))
                .containsExactly(new SlaSignal(SlaSignal.Kind.OVERDUE, SlaMilestone.ACKNOWLEDGE, due));
        assertThat(SlaSignal.owed(c, tehran(2026, 2, 14, 23, 0), CALENDAR, windows))
                .as("Saturday night: 13 hours late but only 6 working hours").hasSize(1);
        assertThat(SlaSignal.owed(c, tehran(2026, 2, 15, 10, 0), CALENDAR, windows)).extracting(SlaSignal::kind)
                .containsExactly(SlaSignal.Kind.OVERDUE, SlaSignal.Kind.TO_CEO);
        assertThat(SlaSignal.owed(c, tehran(2026, 2, 15, 10, 0), CALENDAR, windows).get(1).key())
                .isEqualTo("TO_CEO:ACKNOWLEDGE");
    }

    private static SlaState state(Instant now, Instant due) {
        return Sla.state(SlaMilestone.ACKNOWLEDGE, due, now, CALENDAR, WARNING);
    }
}
