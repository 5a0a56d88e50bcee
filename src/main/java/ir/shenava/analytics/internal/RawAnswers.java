package ir.shenava.analytics.internal;

import java.time.LocalDate;
import java.util.function.Consumer;

import ir.shenava.shared.JalaliQuarter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The quarter's survey answers one by one, streamed (the Excel pack's raw sheet), oldest first; the day in Tehran. */
@Component
public class RawAnswers {

    public record Answer(long surveyId, LocalDate completedOn, String questionCode, String section, String type, Integer score,
                         boolean notApplicable, boolean dissatisfied, String reasons, String text) {
    }

    private final JdbcTemplate jdbc;

    RawAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void each(JalaliQuarter quarter, Consumer<Answer> sink) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select s.survey_id, (s.completed_at at time zone 'Asia/Tehran')::date, a.question_code, a.section, a.type, a.score, a.not_applicable,
                           a.dissatisfied, array_to_string(a.reason_codes, ', '), a.answer_text
                    from analytics_answer a join analytics_survey s on s.survey_id = a.survey_id
                    where a.quarter_key = ? order by s.completed_at, s.survey_id, a.question_code""");
            ps.setInt(1, Quarters.key(quarter));
            ps.setFetchSize(2000);
            return ps;
        }, (RowCallbackHandler) rs -> {
            sink.accept(new Answer(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getObject(6, Integer.class), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9), rs.getString(10)));
        });
    }
}
