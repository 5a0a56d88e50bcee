package ir.shenava.analytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ir.shenava.platform.DataVersion;
import ir.shenava.platform.Snapshot;
import ir.shenava.servicerecords.ConfirmationReviewSummaries;
import ir.shenava.servicerecords.ConfirmationReviewSummary;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.surveys.ReasonSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of a quarter for the dashboard, the review snapshot and the pack. Computed from the
 * projections with a handful of indexed aggregate queries, and kept per quarter and slice for a
 * few seconds — or until a projection changes in this process ({@link #CHANGES}) — because the
 * dashboard asks for three quarters at once and managers open it together after a quarter ends.
 */
@Service
public class QuarterDashboards {

    /** Moved by every projection write: the next dashboard computes afresh. */
    public static final DataVersion CHANGES = new DataVersion();

    /** Section means and complaint counts of one quarter, for the trend charts. */
    public record TrendPoint(String quarter, Map<String, Double> sectionMeans, long complaints, long surveys) {
    }

    private final SurveyFigureQueries surveys;
    private final ComplaintFigureQueries complaints;
    private final ReasonFigureQueries reasons;
    private final ConfirmationReviewSummaries reviews;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Duration life;
    private final Map<String, Snapshot<QuarterFigures>> cache = new ConcurrentHashMap<>();
    private final Map<String, Snapshot<List<TrendPoint>>> trends = new ConcurrentHashMap<>();

    QuarterDashboards(SurveyFigureQueries surveys, ComplaintFigureQueries complaints, ReasonFigureQueries reasons,
                      ConfirmationReviewSummaries reviews, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                      @org.springframework.beans.factory.annotation.Value("${shenava.analytics.figures-life:PT10S}") Duration life) {
        this.life = life;
        this.surveys = surveys;
        this.complaints = complaints;
        this.reasons = reasons;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The quarter's figures, at most a few seconds old. */
    public QuarterFigures figures(JalaliQuarter quarter, String department) {
        String key = quarter + "/" + department;
        return cache.computeIfAbsent(key, k -> new Snapshot<>(life, CHANGES, () -> compute(quarter, department))).get();
    }

    /** The quarter's figures computed now, bypassing the cache (a review's frozen snapshot). */
    public QuarterFigures compute(JalaliQuarter quarter, String department) {
        return readOnly.execute(status -> {
            int key = Quarters.key(quarter);
            int previous = Quarters.key(quarter.previous());
            return new QuarterFigures(quarter.toString(), department, clock.instant(),
                    surveys.surveys(key, department),
                    reasons.pareto(ReasonSource.SURVEY, key, previous, department),
                    reasons.pareto(ReasonSource.CASE, key, previous, department),
                    complaints.complaints(quarter, department),
                    department == null ? findings(quarter) : new QuarterFigures.Findings(0, 0, 0, Map.of(), Map.of()));
        });
    }

    /** The eight quarters ending with {@code last}, oldest first; at most a few seconds old, like the figures. */
    public List<TrendPoint> trend(JalaliQuarter last, String department) {
        return trends.computeIfAbsent(last + "/" + department, k -> new Snapshot<>(life, CHANGES,
                () -> computeTrend(last, department))).get();
    }

    List<TrendPoint> computeTrend(JalaliQuarter last, String department) {
        List<JalaliQuarter> quarters = new ArrayList<>();
        JalaliQuarter q = last;
        for (int i = 0; i < 8; i++, q = q.previous()) {
            quarters.add(0, q);
        }
        Integer[] keys = quarters.stream().map(Quarters::key).toArray(Integer[]::new);
        Map<String, Object> p = new HashMap<>();
        p.put("keys", java.util.Arrays.asList(keys));
        if (department != null) {
            p.put("dept", department);
        }
        Map<Integer, Map<String, Double>> means = new HashMap<>();
        Map<Integer, Long> complaintCounts = new HashMap<>();
        Map<Integer, Long> surveyCounts = new HashMap<>();
        String surveySlice = department == null ? "" : " and s.departments @> array[cast(:dept as text)]";
        readOnly.executeWithoutResult(status -> {
            jdbc.sql("select a.quarter_key, a.section, cast(avg(a.score) as float8) from analytics_answer a"
                            + " join analytics_survey s on s.survey_id = a.survey_id"
                            + " where a.quarter_key in (:keys) and a.type = 'SCALE' and a.score between 1 and 5" + surveySlice
                            + " group by 1, 2").params(p)
                    .query((rs, i) -> means.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getDouble(3))).list();
            jdbc.sql("select quarter_key, count(*) from analytics_complaint where quarter_key in (:keys)"
                            + (department == null ? "" : " and department_code = :dept") + " group by 1").params(p)
                    .query((rs, i) -> complaintCounts.put(rs.getInt(1), rs.getLong(2))).list();
            jdbc.sql("select s.quarter_key, count(*) from analytics_survey s where s.quarter_key in (:keys)" + surveySlice
                            + " group by 1").params(p)
                    .query((rs, i) -> surveyCounts.put(rs.getInt(1), rs.getLong(2))).list();
        });
        return quarters.stream().map(quarter -> {
            int key = Quarters.key(quarter);
            return new TrendPoint(quarter.toString(), means.getOrDefault(key, Map.of()), complaintCounts.getOrDefault(key, 0L),
                    surveyCounts.getOrDefault(key, 0L));
        }).toList();
    }

    private QuarterFigures.Findings findings(JalaliQuarter quarter) {
        List<ConfirmationReviewSummary> within = reviews.within(quarter.firstGregorianDay(), quarter.lastGregorianDay());
        Map<String, Integer> byKind = new LinkedHashMap<>();
        Map<Long, Integer> byExpert = new LinkedHashMap<>();
        int sampled = 0;
        int reviewed = 0;
        for (ConfirmationReviewSummary s : within) {
            sampled += s.sampled();
            reviewed += s.reviewed();
            s.defectsByKind().forEach((k, n) -> byKind.merge(k, n, Integer::sum));
            s.defectsByExpert().forEach((k, n) -> byExpert.merge(k, n, Integer::sum));
        }
        return new QuarterFigures.Findings(within.size(), sampled, reviewed, byKind, byExpert);
    }
}
