package ir.shenava.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ir.shenava.analytics.internal.DrillDown;
import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.surveys.SurveySection;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns a quarter's figures (beside the previous quarter's and the same quarter a year earlier)
 * into the dashboard's charts. Bars that count something link to the list behind them: only the
 * selected quarter's bars, whose list the same page can open.
 */
public final class DashboardCharts {

    static final String THIS = "#0f5964";
    static final String PREVIOUS = "#8fb8bf";
    static final String YEAR_AGO = "#d9a441";
    static final String[] SCORES = {"#c0392b", "#e67e22", "#f1c40f", "#7fb77e", "#2e8b57"};

    private final Labels l;
    private final QuarterFigures now;
    private final QuarterFigures previous;
    private final QuarterFigures yearAgo;

    public DashboardCharts(Labels labels, QuarterFigures now, QuarterFigures previous, QuarterFigures yearAgo) {
        this.l = labels;
        this.now = now;
        this.previous = previous;
        this.yearAgo = yearAgo;
    }

    String link(DrillDown.Kind kind, String key) {
        return UriComponentsBuilder.fromPath("/analytics/list").queryParam("quarter", now.quarter())
                .queryParam("kind", kind.name()).queryParam("key", key).build().encode().toUriString();
    }

    private List<ChartSpec.Dataset> threeQuarters(Function<QuarterFigures, List<Number>> values, DrillDown.Kind kind,
                                                  List<String> keys) {
        List<String> links = kind == null ? null : keys.stream().map(k -> link(kind, k)).toList();
        return List.of(new ChartSpec.Dataset(l.quarter(now.quarter()), values.apply(now), THIS, links, "bar"),
                new ChartSpec.Dataset(l.quarter(previous.quarter()), values.apply(previous), PREVIOUS, null, "bar"),
                new ChartSpec.Dataset(l.quarter(yearAgo.quarter()), values.apply(yearAgo), YEAR_AGO, null, "bar"));
    }

    private static List<String> sections() {
        return java.util.Arrays.stream(SurveySection.values()).map(Enum::name).toList();
    }

    private List<String> sectionLabels() {
        return sections().stream().map(s -> l.msg("analytics.section." + s)).toList();
    }

    public ChartSpec sectionMeans() {
        return new ChartSpec("section-means", l.msg("analytics.chart.sectionMeans"), "bar", false, false, false,
                sectionLabels(), threeQuarters(f -> f.surveys().sections().stream().map(s -> (Number) round(s.mean())).toList(),
                null, sections()));
    }

    public ChartSpec sectionSatisfied() {
        return new ChartSpec("section-satisfied", l.msg("analytics.chart.sectionSatisfied"), "bar", false, false, true,
                sectionLabels(), threeQuarters(f -> f.surveys().sections().stream()
                .map(s -> (Number) percent(s.satisfiedShare())).toList(), null, sections()));
    }

    /** The 1–5 distribution per section, stacked; each segment opens its answers. */
    public ChartSpec sectionDistribution() {
        List<ChartSpec.Dataset> sets = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            int i = score - 1;
            int s = score;
            sets.add(new ChartSpec.Dataset(l.msg("analytics.score", l.digits(String.valueOf(score))),
                    now.surveys().sections().stream().map(x -> (Number) x.distribution()[i]).toList(), SCORES[i],
                    sections().stream().map(x -> link(DrillDown.Kind.SECTION_SCORE, x + ":" + s)).toList(), "bar"));
        }
        return new ChartSpec("section-distribution", l.msg("analytics.chart.sectionDistribution"), "bar", true, true, false,
                sectionLabels(), sets);
    }

    public ChartSpec questions() {
        List<QuarterFigures.Question> qs = now.surveys().questions();
        return new ChartSpec("questions", l.msg("analytics.chart.questions"), "bar", false, true, false,
                qs.stream().map(q -> l.msg("analytics.section." + q.section()) + " — " + q.code()).toList(),
                List.of(new ChartSpec.Dataset(l.msg("analytics.mean"), qs.stream().map(q -> (Number) round(q.mean())).toList(),
                        THIS, null, "bar")));
    }

    public ChartSpec nps() {
        List<String> keys = List.of("promoters", "passives", "detractors");
        return new ChartSpec("nps", l.msg("analytics.chart.nps"), "bar", false, false, false,
                keys.stream().map(k -> l.msg("analytics.nps." + k)).toList(),
                threeQuarters(f -> List.of(f.surveys().nps().promoters(), f.surveys().nps().passives(),
                        f.surveys().nps().detractors()), null, keys));
    }

    public ChartSpec response() {
        List<String> outcomes = new ArrayList<>(now.surveys().response().byOutcome().keySet());
        return new ChartSpec("response", l.msg("analytics.chart.response"), "bar", false, false, false,
                outcomes.stream().map(o -> l.msg("analytics.outcome." + o)).toList(),
                threeQuarters(f -> outcomes.stream().map(o -> (Number) f.surveys().response().byOutcome().getOrDefault(o, 0L))
                        .toList(), null, outcomes));
    }

    /** Installers or sellers with at least the minimum sample; the rest are counted in a note, not shown. */
    public ChartSpec people(boolean installers) {
        List<QuarterFigures.Person> shown = (installers ? now.surveys().installers() : now.surveys().sellers()).stream()
                .filter(p -> !p.hidden()).toList();
        DrillDown.Kind kind = installers ? DrillDown.Kind.INSTALLER : DrillDown.Kind.SELLER;
        return new ChartSpec(installers ? "installers" : "sellers",
                l.msg(installers ? "analytics.chart.installers" : "analytics.chart.sellers"), "bar", false, true, false,
                shown.stream().map(p -> l.staff(p.staffId())).toList(),
                List.of(new ChartSpec.Dataset(l.msg("analytics.surveys"), shown.stream().map(p -> (Number) p.surveys()).toList(),
                                THIS, shown.stream().map(p -> link(kind, String.valueOf(p.staffId()))).toList(), "bar"),
                        new ChartSpec.Dataset(l.msg("analytics.mean"), shown.stream().map(p -> (Number) round(p.mean())).toList(),
                                YEAR_AGO, null, "bar")));
    }

    public long hiddenPeople(boolean installers) {
        return (installers ? now.surveys().installers() : now.surveys().sellers()).stream()
                .filter(QuarterFigures.Person::hidden).count();
    }

    /** Pareto: counts as bars (largest first), the cumulative share as a line on its own axis. */
    public ChartSpec pareto(boolean surveys) {
        List<QuarterFigures.ReasonBar> bars = surveys ? now.surveyReasons() : now.caseReasons();
        DrillDown.Kind kind = surveys ? DrillDown.Kind.SURVEY_REASON : DrillDown.Kind.CASE_REASON;
        return new ChartSpec(surveys ? "pareto-survey" : "pareto-case",
                l.msg(surveys ? "analytics.chart.paretoSurvey" : "analytics.chart.paretoCase"), "bar", false, false, false,
                bars.stream().map(b -> l.reason(b.code())).toList(),
                List.of(new ChartSpec.Dataset(l.msg("analytics.count"), bars.stream().map(b -> (Number) b.count()).toList(), THIS,
                                bars.stream().map(b -> link(kind, b.code())).toList(), "bar"),
                        new ChartSpec.Dataset(l.msg("analytics.previousCount"),
                                bars.stream().map(b -> (Number) b.previousCount()).toList(), PREVIOUS, null, "bar"),
                        new ChartSpec.Dataset(l.msg("analytics.cumulative"),
                                bars.stream().map(b -> (Number) percent(b.cumulativeShare())).toList(), YEAR_AGO, null, "line")));
    }

    private ChartSpec complaintsBy(String id, Function<QuarterFigures.Complaints, Map<String, Long>> by,
                                   Function<String, String> name, DrillDown.Kind kind) {
        List<String> keys = new ArrayList<>(by.apply(now.complaints()).keySet());
        for (QuarterFigures f : List.of(previous, yearAgo)) {
            by.apply(f.complaints()).keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        return new ChartSpec(id, l.msg("analytics.chart." + id), "bar", false, false, false,
                keys.stream().map(name).toList(),
                threeQuarters(f -> keys.stream().map(k -> (Number) by.apply(f.complaints()).getOrDefault(k, 0L)).toList(),
                        kind, keys));
    }

    public ChartSpec channels() {
        return complaintsBy("channels", QuarterFigures.Complaints::byChannel, c -> l.msg("channel." + c), DrillDown.Kind.CHANNEL);
    }

    public ChartSpec categories() {
        return complaintsBy("categories", QuarterFigures.Complaints::byCategory, l::category, DrillDown.Kind.CATEGORY);
    }

    public ChartSpec states() {
        return complaintsBy("states", QuarterFigures.Complaints::byState, s -> l.msg("case.state." + s), DrillDown.Kind.STATE);
    }

    /** Median and p90 in working hours, beside the NORMAL priority's target. */
    public ChartSpec times() {
        List<String> labels = List.of(l.msg("analytics.ack.median"), l.msg("analytics.ack.p90"),
                l.msg("analytics.resolve.median"), l.msg("analytics.resolve.p90"));
        Function<QuarterFigures, List<Number>> values = f -> java.util.Arrays.asList(hours(f.complaints().acknowledge().medianMinutes()),
                hours(f.complaints().acknowledge().p90Minutes()), hours(f.complaints().resolve().medianMinutes()),
                hours(f.complaints().resolve().p90Minutes()));
        List<ChartSpec.Dataset> sets = new ArrayList<>(threeQuarters(values, null, labels));
        Integer ack = now.complaints().acknowledge().targetMinutes();
        Integer res = now.complaints().resolve().targetMinutes();
        sets.add(new ChartSpec.Dataset(l.msg("analytics.target"), java.util.Arrays.asList(hours(ack), hours(ack), hours(res),
                hours(res)), "#c0392b", null, "line"));
        return new ChartSpec("times", l.msg("analytics.chart.times"), "bar", false, false, false, labels, sets);
    }

    public ChartSpec ratings() {
        List<String> keys = List.of("1", "2", "3", "4", "5");
        return new ChartSpec("ratings", l.msg("analytics.chart.ratings"), "bar", false, false, false,
                keys.stream().map(l::digits).toList(),
                threeQuarters(f -> java.util.Arrays.stream(f.complaints().ratings()).mapToObj(n -> (Number) n).toList(),
                        DrillDown.Kind.RATING, keys));
    }

    public ChartSpec trend(List<QuarterDashboards.TrendPoint> points) {
        List<ChartSpec.Dataset> sets = new ArrayList<>();
        for (int i = 0; i < SurveySection.values().length; i++) {
            SurveySection s = SurveySection.values()[i];
            sets.add(new ChartSpec.Dataset(l.msg("analytics.section." + s.name()),
                    points.stream().map(p -> (Number) round(p.sectionMeans().get(s.name()))).toList(), SCORES[i], null, "line"));
        }
        return new ChartSpec("trend", l.msg("analytics.chart.trend"), "line", false, false, false,
                points.stream().map(p -> l.quarter(p.quarter())).toList(), sets);
    }

    public ChartSpec volume(List<QuarterDashboards.TrendPoint> points) {
        return new ChartSpec("volume", l.msg("analytics.chart.volume"), "bar", false, false, false,
                points.stream().map(p -> l.quarter(p.quarter())).toList(),
                List.of(new ChartSpec.Dataset(l.msg("analytics.complaints"), points.stream().map(p -> (Number) p.complaints()).toList(),
                                THIS, null, "bar"),
                        new ChartSpec.Dataset(l.msg("analytics.surveys"), points.stream().map(p -> (Number) p.surveys()).toList(),
                                YEAR_AGO, null, "bar")));
    }

    public ChartSpec findingsByKind() {
        List<String> keys = new ArrayList<>(now.findings().byKind().keySet());
        return new ChartSpec("findings-kind", l.msg("analytics.chart.findingsKind"), "bar", false, false, false,
                keys.stream().map(k -> l.msg("review.defect." + k)).toList(),
                threeQuarters(f -> keys.stream().map(k -> (Number) f.findings().byKind().getOrDefault(k, 0)).toList(), null, keys));
    }

    public ChartSpec findingsByExpert() {
        List<Long> keys = new ArrayList<>(now.findings().byExpert().keySet());
        return new ChartSpec("findings-expert", l.msg("analytics.chart.findingsExpert"), "bar", false, true, false,
                keys.stream().map(l::staff).toList(),
                List.of(new ChartSpec.Dataset(l.quarter(now.quarter()),
                        keys.stream().map(k -> (Number) now.findings().byExpert().get(k)).toList(), THIS, null, "bar")));
    }

    static Double round(Double d) {
        return d == null ? null : Math.round(d * 100) / 100.0;
    }

    static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    static Double hours(Number minutes) {
        return minutes == null ? null : Math.round(minutes.doubleValue() / 6) / 10.0;
    }
}
