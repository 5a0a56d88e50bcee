package ir.shenava.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import ir.shenava.calendar.WorkCalendars;
import ir.shenava.shared.WorkCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a complainant may expect to hear from the company: the first contact and the answer, counted in
 * working time over the work calendar from the moment the complaint arrived, by the targets the cases
 * module gave intake ({@code answer_promise}, kept equal to a new case's SLA targets).
 */
@Component
public class AnswerPromises {

    /** The moments promised to a complaint received at one moment. */
    public record Promise(Instant firstContactBy, Instant answerBy) {
    }

    private final JdbcClient jdbc;
    private final WorkCalendars calendars;

    AnswerPromises(JdbcClient jdbc, WorkCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    /** Empty only if no targets were ever given (a database without the cases module's seed). */
    public Optional<Promise> forComplaintReceivedAt(Instant receivedAt) {
        return jdbc.sql("select first_contact_minutes, resolution_minutes from answer_promise where id = 1")
                .query((rs, i) -> {
                    WorkCalendar calendar = calendars.current();
                    return new Promise(calendar.addWorkingTime(receivedAt, Duration.ofMinutes(rs.getInt(1))),
                            calendar.addWorkingTime(receivedAt, Duration.ofMinutes(rs.getInt(2))));
                }).optional();
    }
}
