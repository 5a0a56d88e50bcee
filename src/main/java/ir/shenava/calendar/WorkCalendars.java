package ir.shenava.calendar;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import ir.shenava.calendar.internal.HolidayRepository;
import ir.shenava.shared.WorkCalendar;
import ir.shenava.shared.WorkWeek;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The work calendar in force: the configured week ({@code shenava.work-week}) and the holidays in
 * the database. Built once and rebuilt when an administrator edits the holidays, because SLA and
 * scheduling code asks for it often.
 */
@Service
public class WorkCalendars {

    private final HolidayRepository holidays;
    private final WorkWeek week;
    private final Clock clock;
    private volatile WorkCalendar current;

    WorkCalendars(HolidayRepository holidays, @Value("${shenava.work-week}") String week, Clock clock) {
        this.holidays = holidays;
        this.week = WorkWeek.parse(week);
        this.clock = clock;
    }

    public WorkCalendar current() {
        WorkCalendar calendar = current;
        if (calendar == null) {
            Set<java.time.LocalDate> days = holidays.findAll().stream().map(h -> h.getDay()).collect(Collectors.toSet());
            calendar = new WorkCalendar(week, days, clock.getZone());
            current = calendar;
        }
        return calendar;
    }

    /** Called after the holidays change. */
    public void refresh() {
        current = null;
    }
}
