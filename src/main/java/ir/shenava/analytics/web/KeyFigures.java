package ir.shenava.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ir.shenava.analytics.internal.DrillDown;
import ir.shenava.analytics.internal.QuarterFigures;

/**
 * The headline figures, each beside the previous quarter and the same quarter a year earlier, in
 * words and digits of the reader's language. Counts link to their list (the selected quarter's).
 */
public final class KeyFigures {

    /** One line of the table. */
    public record Line(String label, String now, String previous, String yearAgo, String link) {
    }

    private KeyFigures() {
    }

    public static List<Line> of(Labels l, DashboardCharts charts, QuarterFigures now, QuarterFigures previous,
                                QuarterFigures yearAgo) {
        List<Line> lines = new ArrayList<>();
        class Add {
            void line(String key, Function<QuarterFigures, String> value, String link) {
                lines.add(new Line(l.msg(key), value.apply(now), value.apply(previous), value.apply(yearAgo), link));
            }
        }
        Add add = new Add();
        add.line("analytics.kpi.surveys", f -> l.number(f.surveys().completed()), null);
        add.line("analytics.kpi.responseRate", f -> l.percent(f.surveys().response().rate()), null);
        add.line("analytics.kpi.nps", f -> l.number(DashboardCharts.round(f.surveys().nps().score())), null);
        for (QuarterFigures.Section s : now.surveys().sections()) {
            int i = now.surveys().sections().indexOf(s);
            add.line("analytics.kpi.mean." + s.section(), f -> l.number(DashboardCharts.round(f.surveys().sections().get(i).mean())),
                    null);
            add.line("analytics.kpi.satisfied." + s.section(), f -> l.percent(f.surveys().sections().get(i).satisfiedShare()),
                    null);
        }
        add.line("analytics.kpi.received", f -> l.number(f.complaints().received()), charts.link(DrillDown.Kind.RECEIVED, "all"));
        add.line("analytics.kpi.ackMedian", f -> l.hours(f.complaints().acknowledge().medianMinutes()), null);
        add.line("analytics.kpi.ackP90", f -> l.hours(f.complaints().acknowledge().p90Minutes()), null);
        add.line("analytics.kpi.ackOnTime", f -> l.percent(share(f.complaints().acknowledge().onTime(),
                f.complaints().acknowledge().measured())), null);
        add.line("analytics.kpi.resolveMedian", f -> l.hours(f.complaints().resolve().medianMinutes()), null);
        add.line("analytics.kpi.resolveP90", f -> l.hours(f.complaints().resolve().p90Minutes()), null);
        add.line("analytics.kpi.resolveOnTime", f -> l.percent(share(f.complaints().resolve().onTime(),
                f.complaints().resolve().measured())), null);
        add.line("analytics.kpi.closedSatisfied", f -> l.number(f.complaints().closedSatisfied()) + " ("
                + l.percent(share(f.complaints().closedSatisfied(), f.complaints().closed())) + ")",
                charts.link(DrillDown.Kind.CLOSED_SATISFIED, "all"));
        add.line("analytics.kpi.reopened", f -> l.number(f.complaints().reopened()) + " ("
                + l.percent(share(f.complaints().reopened(), f.complaints().received())) + ")",
                charts.link(DrillDown.Kind.REOPENED, "all"));
        add.line("analytics.kpi.overdue", f -> l.number(f.complaints().overdueAtEnd()), charts.link(DrillDown.Kind.OVERDUE, "all"));
        add.line("analytics.kpi.rating", f -> l.number(DashboardCharts.round(meanRating(f.complaints().ratings()))), null);
        return lines;
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Double meanRating(long[] ratings) {
        long n = 0;
        long sum = 0;
        for (int i = 0; i < ratings.length; i++) {
            n += ratings[i];
            sum += (i + 1) * ratings[i];
        }
        return n == 0 ? null : (double) sum / n;
    }
}
