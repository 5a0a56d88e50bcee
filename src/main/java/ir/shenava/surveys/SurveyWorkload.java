package ir.shenava.surveys;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey work waiting, in numbers, for the home page: calls due today and made today by a
 * caller, surveys waiting for a reviewer's reading. The pages with the rows are this module's.
 */
@Service
@Transactional(readOnly = true)
public class SurveyWorkload {

    private final JdbcClient jdbc;

    SurveyWorkload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Calls in the queue to be tried before {@code until} (the end of today): overdue ones included. */
    public long callsDueBefore(Instant until) {
        return jdbc.sql("select count(*) from follow_up_call where status = 'PENDING' and next_try_at < ?")
                .param(Timestamp.from(until)).query(Long.class).single();
    }

    /** Attempts the caller recorded in the period (today's calls made). */
    public long attemptsBy(long callerId, Instant from, Instant to) {
        return jdbc.sql("select count(*) from call_attempt where caller_id = ? and at >= ? and at < ?")
                .params(callerId, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /** Surveys the person has to review and has not yet. */
    public long unreviewedBy(long staffId) {
        return jdbc.sql("select count(*) from survey_review where staff_id = ? and reviewed_at is null")
                .param(staffId).query(Long.class).single();
    }

    /** Surveys completed since {@code since} that nobody has reviewed yet (what the CEO and the quality manager watch). */
    public long unreviewedSince(Instant since) {
        return jdbc.sql("""
                select count(*) from survey_result s where s.completed_at >= ?
                and not exists (select 1 from survey_review r where r.survey_id = s.survey_id and r.reviewed_at is not null)""")
                .param(Timestamp.from(since)).query(Long.class).single();
    }
}
