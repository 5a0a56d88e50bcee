package ir.shenava.surveys;

import java.util.List;

import ir.shenava.surveys.calls.CallStatus;
import ir.shenava.surveys.followup.SurveyResults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's past told again as its events: every completed survey as the {@link SurveyCompleted}
 * it published and every ended call as its {@link FollowUpCallEnded}, in id order a page at a time.
 * For a reader that started listening late (analytics rebuilding its projections), so it never has
 * to read our tables.
 */
@Service
@Transactional(readOnly = true)
public class SurveyHistory {

    private final JdbcClient jdbc;
    private final SurveyResults results;

    SurveyHistory(JdbcClient jdbc, SurveyResults results) {
        this.jdbc = jdbc;
        this.results = results;
    }

    /** The completed surveys with an id above {@code afterSurveyId}, oldest id first. */
    public List<SurveyCompleted> completedAfter(long afterSurveyId, int limit) {
        List<Long> ids = jdbc.sql("select survey_id from survey_result where survey_id > ? order by survey_id limit ?")
                .params(afterSurveyId, limit).query(Long.class).list();
        return ids.stream().flatMap(id -> results.find(id).stream())
                .map(s -> new SurveyCompleted(s.surveyId(), s.callId(), s.customerId(), s.equipmentIds(), s.installerIds(),
                        s.sellerIds(), s.questionnaireId(), s.questionnaireVersion(), s.mode(), s.callerId(), s.completedAt(),
                        results.answers(s.surveyId())))
                .toList();
    }

    /** The ended follow-up calls with an id above {@code afterCallId}, oldest id first. */
    public List<FollowUpCallEnded> endedCallsAfter(long afterCallId, int limit) {
        return jdbc.sql("""
                select id, customer_id, status, attempts, due_at, ended_at from follow_up_call
                where id > ? and ended_at is not null order by id limit ?""").params(afterCallId, limit)
                .query((rs, i) -> new FollowUpCallEnded(rs.getLong(1), rs.getLong(2),
                        CallStatus.valueOf(rs.getString(3)).outcome(), rs.getInt(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant()))
                .list().stream().filter(e -> e.outcome() != null).toList();
    }

    /** Completed surveys and ended calls: the rebuild's progress. */
    public long count() {
        return jdbc.sql("select (select count(*) from survey_result) + (select count(*) from follow_up_call where ended_at is not null)")
                .query(Long.class).single();
    }
}
