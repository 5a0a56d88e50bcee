package ir.shenava.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficialHolidaysMigrationTest {

    private final List<OfficialHolidays.Row> rows = OfficialHolidays.rows();

    @Test
    void containsOnlyInsertsIntoHoliday() {
        String code = OfficialHolidays.sql().lines()
                .map(l -> l.replaceAll("--.*$", "").strip())
                .filter(l -> !l.isEmpty())
                .reduce("", (a, b) -> a + " " + b)
                .strip();
        assertThat(code).startsWith("INSERT INTO holiday (day, name_fa, name_en) VALUES");
        assertThat(code.toUpperCase()).doesNotContain("CREATE ", "DELETE ", "UPDATE ", "DROP ");
        assertThat(code).endsWith(";");
        long rowLines = OfficialHolidays.sql().lines().filter(l -> l.startsWith("('")).count();
        assertThat(rows).hasSize((int) rowLines).hasSizeGreaterThan(45);
    }

    @Test
    void noDuplicateDay() {
        Set<LocalDate> seen = new HashSet<>();
        for (OfficialHolidays.Row r : rows) {
            assertThat(seen.add(r.day())).as("duplicate %s", r.day()).isTrue();
        }
    }

    @Test
    void everyDayIsInJalaliYears1404And1405() {
        JalaliDate first = new JalaliDate(1404, 1, 1);
        JalaliDate last = new JalaliDate(1405, 12, 29);
        for (OfficialHolidays.Row r : rows) {
            assertThat(JalaliDate.fromGregorian(r.day())).as(r.day().toString()).isBetween(first, last);
        }
    }

    @Test
    void jalaliCommentsMatchTheGregorianDates() {
        for (OfficialHolidays.Row r : rows) {
            assertThat(r.jalaliComment()).as("Jalali comment for %s", r.day()).isNotNull();
            assertThat(JalaliDate.fromGregorian(r.day()).toNumericString()).isEqualTo(r.jalaliComment());
        }
    }

    @Test
    void fixedSolarHolidaysOfBothYearsArePresent() {
        Set<LocalDate> days = Set.copyOf(OfficialHolidays.days());
        assertThat(days).contains(new JalaliDate(1404, 1, 1).toGregorian(), new JalaliDate(1405, 1, 1).toGregorian());
        int[][] fixed = {{1, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 12}, {1, 13}, {3, 14}, {3, 15}, {11, 22}, {12, 29}};
        for (int year : new int[] {1404, 1405}) {
            for (int[] md : fixed) {
                JalaliDate j = new JalaliDate(year, md[0], md[1]);
                assertThat(days).as(j.toString()).contains(j.toGregorian());
            }
        }
        assertThat(days).contains(LocalDate.of(2025, 3, 21), LocalDate.of(2026, 3, 21));
    }

    @Test
    void eachYearHasTheMainLunarHolidays() {
        for (int year : new int[] {1404, 1405}) {
            List<String> names = rows.stream()
                    .filter(r -> JalaliDate.fromGregorian(r.day()).year() == year)
                    .map(OfficialHolidays.Row::nameEn)
                    .toList();
            for (String holiday : List.of("Tasua", "Ashura", "Arbaeen", "Imam Reza", "Eid al-Fitr", "Eid al-Adha",
                    "Eid al-Ghadir", "Fatima", "Birthday of Imam Ali", "Mab'ath", "Imam Mahdi", "Martyrdom of Imam Ali",
                    "Imam Sadegh", "Birthday of the Prophet", "Passing of the Prophet")) {
                assertThat(names).as("%s in %d", holiday, year).anyMatch(n -> n.replace("''", "'").contains(holiday));
            }
        }
    }

    @Test
    void namesAreFilledInBothLanguages() {
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.nameFa()).isNotBlank().isEqualTo(PersianText.normalize(r.nameFa()));
            assertThat(r.nameEn()).isNotBlank();
        });
    }
}
