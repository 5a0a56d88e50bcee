package ir.shenava.surveys.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ir.shenava.platform.MultiRowInsert;
import ir.shenava.shared.PersianText;
import ir.shenava.surveys.SurveySection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of completed surveys by the managers of their sections and the quality managers: one
 * row per survey and reviewer, marked reviewed with an optional comment; unreviewed rows past their
 * time are reminded once.
 */
@Repository
@Transactional(readOnly = true)
public class SurveyReviews {

    public static final int PAGE_SIZE = 50;

    /** One line of the review list: the survey, the reader's part in it and their review. */
    public record Row(long surveyId, long customerId, Instant completedAt, boolean dissatisfied, List<String> sections,
                      Instant reviewedAt, String comment) {

        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    /** A reviewer's review of one survey. */
    public record Review(long staffId, List<String> sections, Instant reviewedAt, String comment) {
    }

    /** An unreviewed survey past its time, for the reminder. */
    public record Overdue(long surveyId, long staffId, Instant completedAt) {
    }

    private final JdbcClient jdbc;

    SurveyReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void assign(long surveyId, Map<Long, Set<SurveySection>> reviewers) {
        MultiRowInsert.insert(jdbc, "insert into survey_review (survey_id, staff_id, sections)",
                "on conflict (survey_id, staff_id) do nothing", reviewers.entrySet(),
                r -> List.of(surveyId, r.getKey(), r.getValue().stream().map(Enum::name).toArray(String[]::new)));
    }

    /** Whether the person reviews this survey (a manager of one of its sections, or a quality manager). */
    public boolean isReviewer(long surveyId, long staffId) {
        return jdbc.sql("select count(*) from survey_review where survey_id = ? and staff_id = ?")
                .params(surveyId, staffId).query(Long.class).single() > 0;
    }

    public List<Review> of(long surveyId) {
        return jdbc.sql("select staff_id, sections, reviewed_at, comment from survey_review where survey_id = ? order by staff_id")
                .param(surveyId)
                .query((rs, i) -> new Review(rs.getLong(1), SurveyResults.strings(rs.getArray(2)), instant(rs, 3),
                        rs.getString(4)))
                .list();
    }

    /**
     * The person's review list, unreviewed first, newest first: the surveys they review, or — for
     * those who see every survey (quality managers, the CEO) — all of them.
     */
    public List<Row> listFor(long staffId, boolean everySurvey, boolean unreviewedOnly, int page) {
        String join = everySurvey ? "left join" : "join";
        return jdbc.sql("""
                        select s.survey_id, s.customer_id, s.completed_at, s.dissatisfied, r.sections, r.reviewed_at, r.comment
                        from survey_result s %s survey_review r on r.survey_id = s.survey_id and r.staff_id = ?
                        where (? = false or r.reviewed_at is null)
                        order by (r.reviewed_at is null) desc, s.completed_at desc, s.survey_id desc
                        limit ? offset ?""".formatted(join))
                .params(staffId, unreviewedOnly, PAGE_SIZE + 1, Math.max(page, 0) * PAGE_SIZE)
                .query(SurveyReviews::row).list();
    }

    /**
     * Marks the survey reviewed by the person, with their comment; a quality manager or CEO without a
     * row gets one. Marking again updates the comment and the time.
     */
    @Transactional
    public void markReviewed(long surveyId, long staffId, String comment, Instant at) {
        String text = comment == null || comment.isBlank() ? null : PersianText.normalizeText(comment.strip());
        jdbc.sql("""
                        insert into survey_review (survey_id, staff_id, reviewed_at, comment) values (?, ?, ?, ?)
                        on conflict (survey_id, staff_id) do update set reviewed_at = excluded.reviewed_at, comment = excluded.comment""")
                .params(surveyId, staffId, Timestamp.from(at), text).update();
    }

    /** Unreviewed, never reminded, of surveys completed before the given moment (oldest first). */
    public List<Overdue> overdue(Instant completedBefore, int limit) {
        return jdbc.sql("""
                        select r.survey_id, r.staff_id, s.completed_at from survey_review r
                        join survey_result s on s.survey_id = r.survey_id
                        where r.reviewed_at is null and r.reminded_at is null and s.completed_at < ?
                        order by s.completed_at, r.survey_id limit ?""")
                .params(Timestamp.from(completedBefore), limit)
                .query((rs, i) -> new Overdue(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant())).list();
    }

    @Transactional
    public boolean reminded(long surveyId, long staffId, Instant at) {
        return jdbc.sql("update survey_review set reminded_at = ? where survey_id = ? and staff_id = ? and reminded_at is null")
                .params(Timestamp.from(at), surveyId, staffId).update() > 0;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getBoolean(4),
                SurveyResults.strings(rs.getArray(5)), instant(rs, 6), rs.getString(7));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
