package ir.shenava.analytics.pack;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.analytics.internal.Quarters;
import ir.shenava.analytics.internal.RawAnswers;
import ir.shenava.analytics.review.ManagementReviews;
import ir.shenava.analytics.review.Review;
import ir.shenava.analytics.web.DashboardCharts;
import ir.shenava.analytics.web.KeyFigures;
import ir.shenava.analytics.web.Labels;
import ir.shenava.branding.Branding;
import ir.shenava.branding.Logo;
import ir.shenava.shared.JalaliQuarter;
import org.springframework.stereotype.Service;

/**
 * Builds the quarterly pack, from today's figures (the dashboard's button) or from a review's
 * frozen snapshot (the review's button), as PDF or Excel.
 */
@Service
public class Packs {

    private final QuarterDashboards dashboards;
    private final ManagementReviews reviews;
    private final RawAnswers raw;
    private final Clock clock;
    private final Branding branding;

    Packs(QuarterDashboards dashboards, ManagementReviews reviews, RawAnswers raw, Clock clock, Branding branding) {
        this.branding = branding;
        this.dashboards = dashboards;
        this.reviews = reviews;
        this.raw = raw;
        this.clock = clock;
    }

    public PackData data(JalaliQuarter quarter, boolean frozen, Labels labels) {
        Optional<Review> review = reviews.find(quarter);
        QuarterFigures now;
        QuarterFigures previous;
        QuarterFigures yearAgo;
        if (frozen && review.isPresent()) {
            now = review.get().snapshot().now();
            previous = review.get().snapshot().previous();
            yearAgo = review.get().snapshot().yearAgo();
        } else {
            now = dashboards.figures(quarter, null);
            previous = dashboards.figures(quarter.previous(), null);
            yearAgo = dashboards.figures(Quarters.yearEarlier(quarter), null);
        }
        DashboardCharts charts = new DashboardCharts(labels, now, previous, yearAgo);
        return new PackData(quarter, now, List.of(charts.sectionMeans(), charts.sectionDistribution(), charts.sectionSatisfied(),
                charts.nps(), charts.response(), charts.pareto(true), charts.pareto(false), charts.channels(), charts.categories(),
                charts.states(), charts.times(), charts.ratings(), charts.findingsByKind()),
                KeyFigures.of(labels, charts, now, previous, yearAgo), review, frozen && review.isPresent(), labels, clock.instant());
    }

    public byte[] pdf(PackData data) {
        // the letterhead in the pack's language: a pack downloaded from an English page is English throughout
        return PackPdf.render(data, branding.view(data.labels().locale()), branding.logo().map(Logo::content).orElse(null));
    }

    public byte[] excel(PackData data) {
        return PackExcel.render(data, raw);
    }
}
