package ir.shenava.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.shared.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ShenavaIntegrationTest
class HolidaysTest {

    @Autowired
    WorkCalendars calendars;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theShippedHolidaysAndTheIranianWeekShapeWorkingTime() {
        WorkCalendar calendar = calendars.current();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 21))).as("1 Farvardin 1405").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 27))).as("a Friday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).as("a Saturday").isTrue();
        // Wednesday 15:00 Tehran + 3 working hours: 1 h on Wednesday, 2 h on Thursday morning
        Instant wednesday = Instant.parse("2026-11-25T11:30:00Z");
        assertThat(calendar.addWorkingTime(wednesday, Duration.ofHours(3))).isEqualTo(Instant.parse("2026-11-26T06:30:00Z"));
    }

    @Test
    void theAdministratorAddsAHolidayByJalaliDateAndTheCalendarFollows() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 2); // ۱۱ آذر ۱۴۰۵, a Wednesday
        jdbc.update("delete from holiday where day = ?", day);
        calendars.refresh();
        assertThat(calendars.current().isWorkingDay(day)).isTrue();

        MockHttpServletResponse added = mvc.perform(post("/holidays").with(user("admin").roles("ADMIN")).with(csrf())
                .param("day", "۱۴۰۵/۰۹/۱۱").param("nameFa", "تعطیلی آزمایشی").param("nameEn", "Test day"))
                .andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo("/holidays?year=1405");
        assertThat(calendars.current().isWorkingDay(day)).isFalse();
        assertThat(mvc.perform(get("/holidays").param("year", "1405").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString()).contains("۱۱ آذر ۱۴۰۵").contains("تعطیلی آزمایشی");

        MockHttpServletResponse again = mvc.perform(post("/holidays").with(user("admin").roles("ADMIN")).with(csrf())
                .param("day", "1405/9/11").param("nameFa", "تکراری")).andReturn().getResponse();
        assertThat(again.getContentAsString()).contains("برای این روز پیش‌تر تعطیلی ثبت شده است");

        Long id = jdbc.queryForObject("select id from holiday where day = ?", Long.class, day);
        mvc.perform(post("/holidays/{id}/delete", id).with(user("admin").roles("ADMIN")).with(csrf()));
        assertThat(calendars.current().isWorkingDay(day)).isTrue();
    }
}
