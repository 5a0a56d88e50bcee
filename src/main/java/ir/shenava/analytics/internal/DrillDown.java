package ir.shenava.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.shared.JalaliQuarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows behind one bar or slice of the dashboard: the same conditions as the figure's query,
 * so that the list's count is the bar's count (scale bars count answers, reasons and people count
 * surveys or cases, complaint bars count complaints).
 */
@Component
@Transactional(readOnly = true)
public class DrillDown {

    public enum Kind {
        SECTION_SCORE(true), SURVEY_REASON(true), INSTALLER(true), SELLER(true),
        CASE_REASON(false), CHANNEL(false), CATEGORY(false), STATE(false), RATING(false), OVERDUE(false),
        REOPENED(false), CLOSED_SATISFIED(false), RECEIVED(false);

        private final boolean surveys;

        Kind(boolean surveys) {
            this.surveys = surveys;
        }

        /** True when the rows are surveys (or their answers), false when complaints. */
        public boolean surveys() {
            return surveys;
        }
    }

    /** One row: a survey (with the answer's question and score when a bar counts answers) or a complaint. */
    public record Row(long id, String trackingCode, Instant at, String question, Integer score, String channel, String state) {
    }

    public record Page(long total, List<Row> rows) {
    }

    private final JdbcClient jdbc;

    DrillDown(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param key   the bar's key: section and score "STAFF_BEHAVIOUR:2", reason code, staff id, channel, …
     * @throws IllegalArgumentException when the key does not fit the kind
     */
    public Page list(JalaliQuarter quarter, String department, Kind kind, String key, int page, int size) {
        Map<String, Object> p = new LinkedHashMap<>(SurveyFigureQueries.params(Quarters.key(quarter), department));
        String from = kind.surveys() ? surveyFrom(kind, key, p, department) : complaintFrom(kind, key, p, quarter, department);
        long total = jdbc.sql("select count(*) " + from).params(p).query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) Math.max(page, 0) * size);
        String select = kind.surveys()
                ? "select s.survey_id as id, null as tracking_code, s.completed_at as at, "
                        + (kind == Kind.SECTION_SCORE ? "a.question_code" : "null") + " as question, "
                        + (kind == Kind.SECTION_SCORE ? "a.score" : "cast(null as smallint)") + " as score, null as channel, null as state "
                : "select c.complaint_id as id, c.tracking_code, c.received_at as at, null as question, cast(null as smallint) as score,"
                        + " c.channel, coalesce(c.state, 'RECEIVED') as state ";
        List<Row> rows = jdbc.sql(select + from + " order by 3, 1" + (kind == Kind.SECTION_SCORE ? ", 4" : "")
                        + " limit :limit offset :offset").params(p)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("tracking_code"), rs.getTimestamp("at").toInstant(),
                        rs.getString("question"), rs.getObject("score", Integer.class), rs.getString("channel"),
                        rs.getString("state")))
                .list();
        return new Page(total, rows);
    }

    private static String surveyFrom(Kind kind, String key, Map<String, Object> p, String department) {
        String slice = department == null ? "" : " and s.departments @> array[cast(:dept as text)]";
        switch (kind) {
            case SECTION_SCORE -> {
                String[] parts = key.split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("section:score expected: " + key);
                }
                p.put("section", parts[0]);
                p.put("score", Integer.parseInt(parts[1]));
                return "from analytics_answer a join analytics_survey s on s.survey_id = a.survey_id"
                        + " where a.quarter_key = :q and a.type = 'SCALE' and a.section = :section and a.score = :score" + slice;
            }
            case SURVEY_REASON -> {
                p.put("key", key);
                return "from analytics_survey s where s.quarter_key = :q and :key = any(s.reasons)" + slice;
            }
            default -> {
                p.put("staff", Long.parseLong(key));
                String column = kind == Kind.INSTALLER ? "installer_ids" : "seller_ids";
                return "from analytics_survey s where s.quarter_key = :q and :staff = any(s." + column + ")" + slice;
            }
        }
    }

    private static String complaintFrom(Kind kind, String key, Map<String, Object> p, JalaliQuarter quarter, String department) {
        String slice = department == null ? "" : " and c.department_code = :dept";
        String received = "from analytics_complaint c where c.quarter_key = :q" + slice;
        p.put("key", key);
        return switch (kind) {
            case CASE_REASON -> "from analytics_complaint c where c.closed_quarter_key = :q and :key = any(c.case_reasons)" + slice;
            case CHANNEL -> received + " and c.channel = :key";
            case CATEGORY -> received + " and coalesce(c.category_code, '-') = :key";
            case STATE -> received + " and coalesce(c.state, 'RECEIVED') = :key";
            case RATING -> {
                p.put("key", Integer.parseInt(key));
                yield received + " and c.handling_rating = :key";
            }
            case REOPENED -> received + " and c.reopened";
            case CLOSED_SATISFIED -> received + " and c.state = 'CLOSED' and c.customer_satisfied";
            case RECEIVED -> received;
            case OVERDUE -> {
                p.put("end", Timestamp.from(Quarters.end(quarter)));
                yield "from analytics_complaint c where c.received_at < :end and c.resolution_due_at < :end"
                        + " and (c.communicated_at is null or c.communicated_at >= :end)"
                        + " and (c.closed_at is null or c.closed_at >= :end)" + slice;
            }
            default -> throw new IllegalArgumentException(kind.name());
        };
    }
}
