package ir.shenava.analytics.internal;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

import ir.shenava.cases.CaseFigures;
import ir.shenava.cases.Priority;
import ir.shenava.intake.Channel;
import ir.shenava.shared.JalaliQuarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The complaint figures of one quarter from the complaint projection. The cohort is the complaints
 * received in the quarter (their state as it is now); overdue counts what was open and past its
 * resolution due moment at the quarter's end. Times are working minutes; the targets shown are
 * those of NORMAL priority, and "on time" compares each case with its own due moment.
 */
@Component
class ComplaintFigureQueries {

    private final JdbcClient jdbc;
    private final CaseFigures cases;

    ComplaintFigureQueries(JdbcClient jdbc, CaseFigures cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    QuarterFigures.Complaints complaints(JalaliQuarter quarter, String department) {
        String slice = department == null ? "" : " and department_code = :dept";
        Map<String, Object> p = SurveyFigureQueries.params(Quarters.key(quarter), department);
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            byChannel.put(c.name(), 0L);
        }
        groupInto(byChannel, "channel", p, slice);
        Map<String, Long> byCategory = groupInto(new LinkedHashMap<>(), "coalesce(category_code, '-')", p, slice);
        Map<String, Long> byState = groupInto(new LinkedHashMap<>(), "coalesce(state, 'RECEIVED')", p, slice);
        long[] ratings = new long[5];
        jdbc.sql("select handling_rating, count(*) from analytics_complaint where quarter_key = :q"
                        + " and handling_rating between 1 and 5" + slice + " group by 1").params(p)
                .query((rs, i) -> ratings[rs.getInt(1) - 1] = rs.getLong(2)).list();
        CaseFigures.Targets normal = cases.targets().get(Priority.NORMAL);
        Map<String, Object> q = new LinkedHashMap<>(p);
        q.put("end", Timestamp.from(Quarters.end(quarter)));
        long overdue = jdbc.sql("""
                select count(*) from analytics_complaint where received_at < :end and resolution_due_at < :end
                  and (communicated_at is null or communicated_at >= :end) and (closed_at is null or closed_at >= :end)""" + slice)
                .params(q).query(Long.class).single();
        return jdbc.sql("""
                select count(*) as received,
                       count(*) filter (where state = 'CLOSED') as closed,
                       count(*) filter (where state = 'CLOSED' and customer_satisfied) as satisfied,
                       count(*) filter (where reopened) as reopened,
                       count(acknowledge_minutes) as ack_n,
                       percentile_cont(0.5) within group (order by acknowledge_minutes) as ack_median,
                       percentile_cont(0.9) within group (order by acknowledge_minutes) as ack_p90,
                       count(*) filter (where acknowledged_at <= acknowledge_due_at) as ack_on_time,
                       count(resolve_minutes) as res_n,
                       percentile_cont(0.5) within group (order by resolve_minutes) as res_median,
                       percentile_cont(0.9) within group (order by resolve_minutes) as res_p90,
                       count(*) filter (where communicated_at <= resolution_due_at) as res_on_time
                from analytics_complaint where quarter_key = :q""" + slice).params(p)
                .query((rs, i) -> new QuarterFigures.Complaints(rs.getLong("received"), byChannel, byCategory, byState,
                        new QuarterFigures.Durations(rs.getLong("ack_n"), rs.getObject("ack_median", Double.class),
                                rs.getObject("ack_p90", Double.class), rs.getLong("ack_on_time"),
                                normal == null ? null : normal.acknowledgeMinutes()),
                        new QuarterFigures.Durations(rs.getLong("res_n"), rs.getObject("res_median", Double.class),
                                rs.getObject("res_p90", Double.class), rs.getLong("res_on_time"),
                                normal == null ? null : normal.resolutionMinutes()),
                        rs.getLong("closed"), rs.getLong("satisfied"), rs.getLong("reopened"), ratings, overdue))
                .single();
    }

    private Map<String, Long> groupInto(Map<String, Long> into, String column, Map<String, Object> p, String slice) {
        jdbc.sql("select " + column + ", count(*) from analytics_complaint where quarter_key = :q" + slice
                        + " group by 1 order by 2 desc, 1").params(p)
                .query((rs, i) -> into.put(rs.getString(1), rs.getLong(2))).list();
        return into;
    }
}
