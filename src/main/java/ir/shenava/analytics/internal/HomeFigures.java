package ir.shenava.analytics.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.shared.JalaliQuarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The few figures the home page leads with: this quarter to date against the last one, and the
 * cases open and overdue now, for the whole company or one department. Three small indexed
 * queries on the projections, not the whole dashboard.
 */
@Component
@Transactional(readOnly = true)
public class HomeFigures {

    /** One quarter's headline: complaints received, closed, closed with confirmed satisfaction; survey answers. */
    public record Quarter(JalaliQuarter quarter, long received, long closed, long closedSatisfied, long answers,
                          Double meanScore, Double satisfiedShare) {

        public Double closedSatisfiedShare() {
            return closed == 0 ? null : (double) closedSatisfied / closed;
        }
    }

    /** Cases open now, and of them those past their resolution due moment with no decision communicated. */
    public record Now(long open, long overdue) {
    }

    public record Figures(Quarter current, Quarter previous, Now now) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    HomeFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** For the whole company ({@code department} null) or one department's slice. */
    public Figures of(String department) {
        JalaliQuarter current = Quarters.current(clock);
        JalaliQuarter previous = current.previous();
        Map<String, Object> p = new HashMap<>();
        p.put("keys", List.of(Quarters.key(current), Quarters.key(previous)));
        p.put("now", Timestamp.from(clock.instant()));
        if (department != null) {
            p.put("dept", department);
        }
        String complaintSlice = department == null ? "" : " and department_code = :dept";
        Map<Integer, long[]> complaints = new HashMap<>();
        jdbc.sql("select quarter_key, count(*), count(*) filter (where state = 'CLOSED'),"
                        + " count(*) filter (where state = 'CLOSED' and customer_satisfied)"
                        + " from analytics_complaint where quarter_key in (:keys)" + complaintSlice + " group by 1").params(p)
                .query((rs, i) -> complaints.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                .list();
        Map<Integer, Object[]> surveys = new HashMap<>();
        jdbc.sql("select a.quarter_key, count(*), cast(avg(a.score) as float8), count(*) filter (where a.score >= 4)"
                        + " from analytics_answer a"
                        + (department == null ? "" : " join analytics_survey s on s.survey_id = a.survey_id"
                                + " and s.departments @> array[cast(:dept as text)]")
                        + " where a.quarter_key in (:keys) and a.type = 'SCALE' and a.score between 1 and 5 group by 1").params(p)
                .query((rs, i) -> surveys.put(rs.getInt(1), new Object[] {rs.getLong(2), rs.getDouble(3), rs.getLong(4)}))
                .list();
        Now now = jdbc.sql("select count(*), count(*) filter (where communicated_at is null and resolution_due_at < :now)"
                        + " from analytics_complaint where state is not null and state not in ('CLOSED', 'REJECTED')"
                        + complaintSlice).params(p)
                .query((rs, i) -> new Now(rs.getLong(1), rs.getLong(2))).single();
        return new Figures(quarter(current, complaints, surveys), quarter(previous, complaints, surveys), now);
    }

    private static Quarter quarter(JalaliQuarter q, Map<Integer, long[]> complaints, Map<Integer, Object[]> surveys) {
        long[] c = complaints.getOrDefault(Quarters.key(q), new long[3]);
        Object[] s = surveys.get(Quarters.key(q));
        long answers = s == null ? 0 : (Long) s[0];
        return new Quarter(q, c[0], c[1], c[2], answers, s == null ? null : (Double) s[1],
                answers == 0 ? null : (double) (Long) s[2] / answers);
    }
}
