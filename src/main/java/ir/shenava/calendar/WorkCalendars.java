package ir.shenava.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import ir.shenava.calendar.internal.HolidayRepository;
import ir.shenava.platform.DataVersion;
import ir.shenava.platform.SharedChanges;
import ir.shenava.shared.WorkCalendar;
import ir.shenava.shared.WorkWeek;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The work calendar in force: the configured week ({@code shenava.work-week}) and the holidays in
 * the database. Built once and kept, because SLA and scheduling code asks for it often; built again
 * after the holidays change — on this node at once, on the other nodes within seconds
 * ({@link SharedChanges}).
 */
@Service
public class WorkCalendars {

    static final String HOLIDAYS = "calendar.holidays";

    private record Built(WorkCalendar calendar, long version) {
    }

    private final HolidayRepository holidays;
    private final WorkWeek week;
    private final Clock clock;
    private final SharedChanges changes;
    private final DataVersion version = new DataVersion();
    private volatile Built built;

    WorkCalendars(HolidayRepository holidays, @Value("${shenava.work-week}") String week, Clock clock, SharedChanges changes) {
        this.holidays = holidays;
        this.week = WorkWeek.parse(week);
        this.clock = clock;
        this.changes = changes;
        changes.onChange(HOLIDAYS, version::changed);
    }

    public WorkCalendar current() {
        Built b = built;
        long expected = version.current();
        if (b == null || b.version() != expected) {
            // the version is read before loading: a change during the load moves it, and the next call loads again
            Set<LocalDate> days = holidays.findAll().stream().map(h -> h.getDay()).collect(Collectors.toSet());
            b = new Built(new WorkCalendar(week, days, clock.getZone()), expected);
            built = b;
        }
        return b.calendar();
    }

    /** Called in the transaction that changed the holidays. */
    public void refresh() {
        version.changed();
        changes.changed(HOLIDAYS);
    }
}
