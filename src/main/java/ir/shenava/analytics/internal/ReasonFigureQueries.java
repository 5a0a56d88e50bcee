package ir.shenava.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.ReasonSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Pareto of dissatisfaction reasons: how many surveys (completed in the quarter) or cases
 * (closed in the quarter) each reason was coded for, largest first, with the cumulative share, the
 * previous quarter's count and whether it is new (not coded in the previous quarter).
 */
@Component
class ReasonFigureQueries {

    private final JdbcClient jdbc;
    private final DissatisfactionReasons catalogue;

    ReasonFigureQueries(JdbcClient jdbc, DissatisfactionReasons catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    List<QuarterFigures.ReasonBar> pareto(ReasonSource source, int quarter, int previous, String department) {
        Map<String, Long> now = counts(source, quarter, department);
        Map<String, Long> before = counts(source, previous, department);
        Map<String, String> areas = new LinkedHashMap<>();
        for (DissatisfactionReason r : catalogue.all()) {
            areas.put(r.code(), r.areaCode());
        }
        long total = now.values().stream().mapToLong(Long::longValue).sum();
        List<QuarterFigures.ReasonBar> bars = new ArrayList<>();
        long running = 0;
        for (Map.Entry<String, Long> e : now.entrySet()) {
            running += e.getValue();
            long prev = before.getOrDefault(e.getKey(), 0L);
            bars.add(new QuarterFigures.ReasonBar(e.getKey(), areas.get(e.getKey()), e.getValue(),
                    total == 0 ? 0 : (double) running / total, prev, prev == 0));
        }
        return bars;
    }

    /** Reason → count, largest first (ties by code, so the order is stable). */
    private Map<String, Long> counts(ReasonSource source, int quarter, String department) {
        String sql = source == ReasonSource.SURVEY
                ? "select r, count(*) from analytics_survey s cross join unnest(s.reasons) as r where s.quarter_key = :q"
                        + (department == null ? "" : " and s.departments @> array[cast(:dept as text)]")
                : "select r, count(*) from analytics_complaint c cross join unnest(c.case_reasons) as r"
                        + " where c.closed_quarter_key = :q" + (department == null ? "" : " and c.department_code = :dept");
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql + " group by r order by 2 desc, r").params(SurveyFigureQueries.params(quarter, department))
                .query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
