package ir.shenava.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ir.shenava.surveys.CallOutcome;
import ir.shenava.surveys.SurveySection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The survey figures of one quarter from the survey projection: scale answers per section and
 * per question, would-recommend, response rate, per installer and per seller. A department's slice
 * keeps the surveys whose installers or sellers belong to it.
 */
@Component
class SurveyFigureQueries {

    private final JdbcClient jdbc;
    private final int minimumSample;

    SurveyFigureQueries(JdbcClient jdbc,
                        @org.springframework.beans.factory.annotation.Value("${shenava.analytics.minimum-sample:5}") int minimumSample) {
        this.jdbc = jdbc;
        this.minimumSample = minimumSample;
    }

    QuarterFigures.Surveys surveys(int quarter, String department) {
        String slice = department == null ? "" : " and s.departments @> array[cast(:dept as text)]";
        Map<String, Object> p = params(quarter, department);
        long completed = jdbc.sql("select count(*) from analytics_survey s where s.quarter_key = :q" + slice).params(p)
                .query(Long.class).single();
        // question × score of the scale answers: sections and questions both follow from it
        Map<String, long[]> byQuestion = new TreeMap<>();
        Map<String, String> sectionOf = new LinkedHashMap<>();
        jdbc.sql("""
                select a.question_code, a.section, a.score, count(*) from analytics_answer a
                join analytics_survey s on s.survey_id = a.survey_id
                where a.quarter_key = :q and a.type = 'SCALE' and a.score between 1 and 5""" + slice
                + " group by 1, 2, 3").params(p).query((rs, i) -> {
                    byQuestion.computeIfAbsent(rs.getString(1), k -> new long[5])[rs.getInt(3) - 1] += rs.getLong(4);
                    sectionOf.put(rs.getString(1), rs.getString(2));
                    return null;
                }).list();
        Map<String, long[]> bySection = new LinkedHashMap<>();
        for (SurveySection s : SurveySection.values()) {
            bySection.put(s.name(), new long[5]);
        }
        List<QuarterFigures.Question> questions = new ArrayList<>();
        byQuestion.forEach((code, dist) -> {
            long[] sum = bySection.get(sectionOf.get(code));
            for (int i = 0; i < 5; i++) {
                sum[i] += dist[i];
            }
            questions.add(new QuarterFigures.Question(code, sectionOf.get(code), total(dist), mean(dist), satisfied(dist)));
        });
        List<QuarterFigures.Section> sections = bySection.entrySet().stream()
                .map(e -> new QuarterFigures.Section(e.getKey(), e.getValue(), total(e.getValue()), mean(e.getValue()),
                        satisfied(e.getValue())))
                .toList();
        return new QuarterFigures.Surveys(completed, sections, questions, nps(p, slice), response(quarter, department),
                people(p, slice, "installer_ids", "INSTALLATION_TRAINING"), people(p, slice, "seller_ids", "SALES"));
    }

    private QuarterFigures.Nps nps(Map<String, Object> p, String slice) {
        return jdbc.sql("""
                select count(*), count(*) filter (where a.score >= 9), count(*) filter (where a.score between 7 and 8),
                       count(*) filter (where a.score <= 6)
                from analytics_answer a join analytics_survey s on s.survey_id = a.survey_id
                where a.quarter_key = :q and a.type = 'RECOMMEND' and a.score is not null""" + slice).params(p)
                .query((rs, i) -> {
                    long n = rs.getLong(1);
                    Double score = n == 0 ? null : 100.0 * (rs.getLong(2) - rs.getLong(4)) / n;
                    return new QuarterFigures.Nps(n, rs.getLong(2), rs.getLong(3), rs.getLong(4), score);
                }).single();
    }

    /** Calls carry no department: a department's slice shows none. */
    private QuarterFigures.Response response(int quarter, String department) {
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (CallOutcome o : CallOutcome.values()) {
            byOutcome.put(o.name(), 0L);
        }
        if (department == null) {
            jdbc.sql("select outcome, count(*) from analytics_call where quarter_key = ? group by outcome").param(quarter)
                    .query((rs, i) -> byOutcome.put(rs.getString(1), rs.getLong(2))).list();
        }
        long tried = byOutcome.get("COMPLETED") + byOutcome.get("UNREACHABLE") + byOutcome.get("REFUSED");
        return new QuarterFigures.Response(byOutcome, tried == 0 ? null : (double) byOutcome.get("COMPLETED") / tried);
    }

    private List<QuarterFigures.Person> people(Map<String, Object> p, String slice, String column, String section) {
        return jdbc.sql("select x.id, count(distinct s.survey_id), cast(avg(a.score) as float8) from analytics_survey s"
                        + " cross join unnest(s." + column + ") as x(id)"
                        + " left join analytics_answer a on a.survey_id = s.survey_id and a.type = 'SCALE'"
                        + " and a.section = '" + section + "' and a.score is not null"
                        + " where s.quarter_key = :q" + slice + " group by x.id order by 2 desc, 1").params(p)
                .query((rs, i) -> {
                    long n = rs.getLong(2);
                    boolean hidden = n < minimumSample;
                    return new QuarterFigures.Person(rs.getLong(1), n, hidden ? null : rs.getObject(3, Double.class), hidden);
                }).list();
    }

    int minimumSample() {
        return minimumSample;
    }

    static Map<String, Object> params(int quarter, String department) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", quarter);
        if (department != null) {
            p.put("dept", department);
        }
        return p;
    }

    static long total(long[] dist) {
        long n = 0;
        for (long d : dist) {
            n += d;
        }
        return n;
    }

    static Double mean(long[] dist) {
        long n = total(dist);
        if (n == 0) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < dist.length; i++) {
            sum += (i + 1) * dist[i];
        }
        return (double) sum / n;
    }

    static Double satisfied(long[] dist) {
        long n = total(dist);
        return n == 0 ? null : (double) (dist[3] + dist[4]) / n;
    }
}
