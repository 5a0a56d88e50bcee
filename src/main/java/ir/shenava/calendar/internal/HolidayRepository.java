package ir.shenava.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    boolean existsByDay(LocalDate day);
}
