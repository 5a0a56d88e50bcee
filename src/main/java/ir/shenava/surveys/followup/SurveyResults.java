package ir.shenava.surveys.followup;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ir.shenava.platform.MultiRowInsert;
import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveyMode;
import ir.shenava.surveys.SurveySection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completed surveys as this part of the module keeps them (from {@link SurveyCompleted}), their
 * answers, and the complaints their dissatisfied answers opened. Plain SQL: written once, then read.
 */
@Repository
@Transactional(readOnly = true)
public class SurveyResults {

    private static final String COLUMNS = """
            survey_id, call_id, customer_id, equipment_ids, installer_ids, seller_ids, questionnaire_id,
            questionnaire_version, mode, caller_id, completed_at, dissatisfied""";

    private final JdbcClient jdbc;

    SurveyResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the survey and its answers; the survey as stored, or empty when it was stored before (a
     * redelivered event).
     */
    @Transactional
    public Optional<SurveyResult> store(SurveyCompleted e, Instant at) {
        boolean dissatisfied = e.answers().stream().anyMatch(SurveyAnswer::dissatisfied);
        int inserted = jdbc.sql("insert into survey_result (" + COLUMNS + ", stored_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (survey_id) do nothing")
                .params(e.surveyId(), e.callId(), e.customerId(), e.equipmentIds().toArray(Long[]::new),
                        e.installerIds().stream().sorted().toArray(Long[]::new),
                        e.sellerIds().stream().sorted().toArray(Long[]::new), e.questionnaireId(), e.questionnaireVersion(),
                        e.mode().name(), e.callerId(), Timestamp.from(e.completedAt()), dissatisfied, Timestamp.from(at))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        int[] position = {0};
        MultiRowInsert.insert(jdbc, """
                insert into survey_result_answer (survey_id, position, question_code, section, type, score,
                    not_applicable, dissatisfied, reason_codes, text)""", "", e.answers(),
                a -> Arrays.asList(e.surveyId(), position[0]++, a.questionCode(), a.section().name(), a.type().name(),
                        a.score(), a.notApplicable(), a.dissatisfied(), a.reasonCodes().toArray(String[]::new), a.text()));
        // what find() would read back, without reading it
        return Optional.of(new SurveyResult(e.surveyId(), e.callId(), e.customerId(), List.copyOf(e.equipmentIds()),
                Set.copyOf(e.installerIds()), Set.copyOf(e.sellerIds()), e.questionnaireId(), e.questionnaireVersion(), e.mode(),
                e.callerId(), e.completedAt(), dissatisfied));
    }

    public Optional<SurveyResult> find(long surveyId) {
        return jdbc.sql("select " + COLUMNS + " from survey_result where survey_id = ?").param(surveyId)
                .query(SurveyResults::result).optional();
    }

    public List<SurveyAnswer> answers(long surveyId) {
        return jdbc.sql("""
                select question_code, section, type, score, not_applicable, dissatisfied, reason_codes, text
                from survey_result_answer where survey_id = ? order by position""").param(surveyId)
                .query((rs, i) -> new SurveyAnswer(rs.getString(1), SurveySection.valueOf(rs.getString(2)),
                        QuestionType.valueOf(rs.getString(3)), (Integer) rs.getObject(4), rs.getBoolean(5), rs.getBoolean(6),
                        strings(rs.getArray(7)), rs.getString(8)))
                .list();
    }

    /** Links a complaint to the survey whose answers it is about. */
    @Transactional
    public void linkComplaint(long complaintId, long surveyId, Long ownerId, Collection<SurveySection> sections) {
        jdbc.sql("""
                insert into survey_complaint (complaint_id, survey_id, owner_id, sections) values (?, ?, ?, ?)
                on conflict (complaint_id) do nothing""")
                .params(complaintId, surveyId, ownerId, sections.stream().map(Enum::name).toArray(String[]::new))
                .update();
    }

    /** The complaints a survey opened, oldest first. */
    public List<Long> complaintsOf(long surveyId) {
        return jdbc.sql("select complaint_id from survey_complaint where survey_id = ? order by complaint_id")
                .param(surveyId).query(Long.class).list();
    }

    /** The survey a SURVEY complaint came from. */
    public Optional<Long> surveyOf(long complaintId) {
        return jdbc.sql("select survey_id from survey_complaint where complaint_id = ?").param(complaintId)
                .query(Long.class).optional();
    }

    private static SurveyResult result(ResultSet rs, int row) throws SQLException {
        return new SurveyResult(rs.getLong("survey_id"), rs.getLong("call_id"), rs.getLong("customer_id"),
                longs(rs.getArray("equipment_ids")), Set.copyOf(longs(rs.getArray("installer_ids"))),
                Set.copyOf(longs(rs.getArray("seller_ids"))), rs.getLong("questionnaire_id"),
                rs.getInt("questionnaire_version"), SurveyMode.valueOf(rs.getString("mode")),
                (Long) rs.getObject("caller_id"), rs.getTimestamp("completed_at").toInstant(), rs.getBoolean("dissatisfied"));
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
