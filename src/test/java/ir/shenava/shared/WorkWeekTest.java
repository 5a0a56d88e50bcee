package ir.shenava.shared;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkWeekTest {

    private static final WorkHours FULL = new WorkHours(LocalTime.of(8, 0), LocalTime.of(16, 0));
    private static final WorkHours HALF = new WorkHours(LocalTime.of(8, 0), LocalTime.of(12, 0));

    @Test
    void iranianDefault() {
        WorkWeek w = WorkWeek.iranianDefault();
        assertThat(w.hours()).containsOnlyKeys(SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY);
        for (DayOfWeek d : new DayOfWeek[] {SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY}) {
            assertThat(w.hoursOn(d)).contains(FULL);
        }
        assertThat(w.hoursOn(THURSDAY)).contains(HALF);
        assertThat(w.hoursOn(FRIDAY)).isEmpty();
        assertThat(w.isWorkingDay(FRIDAY)).isFalse();
        assertThat(HALF.length()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void parsesListsSingleDaysAndFullNames() {
        WorkWeek w = WorkWeek.parse("sat,mon 09:00-17:30;  Thursday 07:30-13:00;");
        assertThat(w.hours()).containsOnlyKeys(SATURDAY, MONDAY, THURSDAY);
        assertThat(w.hoursOn(MONDAY).orElseThrow().length()).isEqualTo(Duration.ofMinutes(510));
        assertThat(w.hoursOn(THURSDAY).orElseThrow().start()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void rangesWrapAroundTheIsoWeek() {
        assertThat(WorkWeek.parse("SAT-WED 08:00-16:00").hours())
                .containsOnlyKeys(SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "SAT", "XYZ 08:00-16:00", "SAT 16:00-08:00", "SAT 08:00-08:00", "SAT 8-16",
            "SAT-WED 08:00-16:00; MON 08:00-12:00", "SAT 08:00", "SA 08:00-16:00", "SAT-MON-WED 08:00-16:00"})
    void rejectsBadSpecsWithAClearMessage(String spec) {
        assertThatThrownBy(() -> WorkWeek.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("work week");
    }

    @Test
    void workHoursValidation() {
        assertThatThrownBy(() -> new WorkHours(LocalTime.NOON, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkHours(null, LocalTime.NOON)).isInstanceOf(NullPointerException.class);
        assertThat(FULL.contains(LocalTime.of(8, 0))).isTrue();
        assertThat(FULL.contains(LocalTime.of(16, 0))).isFalse();
        assertThat(FULL.contains(LocalTime.of(7, 59))).isFalse();
    }

    @Test
    void isImmutable() {
        Map<DayOfWeek, WorkHours> source = new HashMap<>(Map.of(SATURDAY, FULL));
        WorkWeek w = new WorkWeek(source);
        source.put(SUNDAY, FULL);
        assertThat(w.hours()).containsOnlyKeys(SATURDAY);
        assertThatThrownBy(() -> w.hours().put(MONDAY, FULL)).isInstanceOf(UnsupportedOperationException.class);
    }
}
