package ir.shenava.analytics.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ir.shenava.analytics.internal.DrillDown;
import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.analytics.internal.Quarters;
import ir.shenava.shared.JalaliQuarter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * The quarterly dashboard ({@code /analytics?quarter=1405-Q3}) and the list behind each bar
 * ({@code /analytics/list}). Default: the last closed Jalali quarter; the current one is offered
 * "to date". A quarter typed wrong gets a message and the default, never an error page.
 */
@Controller
@PreAuthorize(Viewers.DASHBOARD)
class AnalyticsController {

    private static final int LIST_PAGE = 100;

    private final QuarterDashboards dashboards;
    private final DrillDown drillDown;
    private final Viewers viewers;
    private final ReviewBadge reviewBadge;
    private final ObjectMapper json;
    private final RenderedFigures rendered;
    private final Clock clock;

    AnalyticsController(QuarterDashboards dashboards, DrillDown drillDown, Viewers viewers, ReviewBadge reviewBadge,
                        ObjectMapper json, RenderedFigures rendered, Clock clock) {
        this.rendered = rendered;
        this.dashboards = dashboards;
        this.drillDown = drillDown;
        this.viewers = viewers;
        this.reviewBadge = reviewBadge;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/analytics")
    String dashboard(@RequestParam(required = false) String quarter, Authentication auth, Locale locale, Model model,
                     HttpServletRequest request, HttpServletResponse response) throws Exception {
        JalaliQuarter q = quarter(quarter, model);
        String department = viewers.department(auth);
        QuarterDashboards.Dashboard figures = dashboards.dashboard(q, department);
        QuarterFigures now = figures.now();
        QuarterFigures previous = figures.previous();
        QuarterFigures yearAgo = figures.yearAgo();
        Labels labels = viewers.labels(locale);
        DashboardCharts charts = new DashboardCharts(labels, now, previous, yearAgo);
        List<QuarterDashboards.TrendPoint> trend = figures.trend();
        Map<String, List<ChartSpec>> groups = new LinkedHashMap<>();
        groups.put("surveys", List.of(charts.sectionMeans(), charts.sectionDistribution(), charts.sectionSatisfied(),
                charts.nps(), charts.response(), charts.trend(trend), charts.questions(), charts.people(true),
                charts.people(false)));
        groups.put("reasons", List.of(charts.pareto(true), charts.pareto(false)));
        groups.put("complaints", List.of(charts.channels(), charts.categories(), charts.states(), charts.times(),
                charts.ratings(), charts.volume(trend)));
        if (department == null) {
            groups.put("findings", List.of(charts.findingsByKind(), charts.findingsByExpert()));
        }
        Map<String, String> specs = new LinkedHashMap<>();
        groups.values().forEach(list -> list.forEach(c -> specs.put(c.id(), json.writeValueAsString(c))));
        model.addAttribute("quarter", q);
        model.addAttribute("quarterLabel", labels.quarter(q));
        model.addAttribute("toDate", q.equals(Quarters.current(clock)));
        model.addAttribute("choices", choices(labels));
        model.addAttribute("department", department);
        model.addAttribute("groups", groups);
        model.addAttribute("specs", specs);
        model.addAttribute("labels", labels);
        model.addAttribute("kpis", KeyFigures.of(labels, charts, now, previous, yearAgo));
        model.addAttribute("paretoSurvey", now.surveyReasons());
        model.addAttribute("paretoCase", now.caseReasons());
        model.addAttribute("hiddenInstallers", charts.hiddenPeople(true));
        model.addAttribute("hiddenSellers", charts.hiddenPeople(false));
        model.addAttribute("computedAt", now.computedAt());
        model.addAttribute("review", reviewBadge.of(q, department, now));
        String source = String.join("\n", specs.values()) + now.surveyReasons() + now.caseReasons()
                + charts.hiddenPeople(true) + "/" + charts.hiddenPeople(false);
        model.addAttribute("figuresHtml", rendered.html(q + "/" + department, source, model.asMap(), locale, request, response));
        return "analytics/dashboard";
    }

    @GetMapping("/analytics/list")
    String list(@RequestParam(required = false) String quarter, @RequestParam String kind, @RequestParam String key,
                @RequestParam(defaultValue = "0") int page, Authentication auth, Locale locale, Model model) {
        JalaliQuarter q = quarter(quarter, model);
        Labels labels = viewers.labels(locale);
        DrillDown.Kind k;
        DrillDown.Page rows;
        try {
            k = DrillDown.Kind.valueOf(kind);
            rows = drillDown.list(q, viewers.department(auth), k, key, page, LIST_PAGE);
        } catch (IllegalArgumentException e) {
            model.addAttribute("badList", true);
            k = DrillDown.Kind.RECEIVED;
            rows = new DrillDown.Page(0, List.of());
        }
        model.addAttribute("quarter", q);
        model.addAttribute("quarterLabel", labels.quarter(q));
        model.addAttribute("kind", k);
        model.addAttribute("key", key);
        model.addAttribute("title", title(labels, k, key));
        model.addAttribute("rows", rows);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", (rows.total() + LIST_PAGE - 1) / LIST_PAGE);
        model.addAttribute("labels", labels);
        return "analytics/list";
    }

    private static String title(Labels l, DrillDown.Kind kind, String key) {
        String what = switch (kind) {
            case SECTION_SCORE -> {
                String[] parts = key.split(":");
                yield parts.length == 2 ? l.msg("analytics.section." + parts[0]) + " — " + l.msg("analytics.score", l.digits(parts[1]))
                        : key;
            }
            case SURVEY_REASON, CASE_REASON -> l.reason(key);
            case INSTALLER, SELLER -> l.staff(parseOr(key));
            case CHANNEL -> l.msg("channel." + key);
            case CATEGORY -> l.category(key);
            case STATE -> l.msg("case.state." + key);
            case RATING -> l.digits(key);
            default -> "";
        };
        return l.msg("analytics.list.kind." + kind.name()) + (what.isEmpty() ? "" : ": " + what);
    }

    private static long parseOr(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private JalaliQuarter quarter(String text, Model model) {
        if (text == null || text.isBlank()) {
            return Quarters.lastClosed(clock);
        }
        try {
            return JalaliQuarter.parse(text);
        } catch (IllegalArgumentException e) {
            model.addAttribute("badQuarter", true);
            return Quarters.lastClosed(clock);
        }
    }

    /** The current quarter (to date) and the eight before it. */
    private List<Map.Entry<String, String>> choices(Labels labels) {
        List<Map.Entry<String, String>> choices = new ArrayList<>();
        JalaliQuarter q = Quarters.current(clock);
        choices.add(Map.entry(q.toString(), labels.quarter(q) + " " + labels.msg("analytics.toDate")));
        for (int i = 0; i < 8; i++) {
            q = q.previous();
            choices.add(Map.entry(q.toString(), labels.quarter(q)));
        }
        return choices;
    }
}
