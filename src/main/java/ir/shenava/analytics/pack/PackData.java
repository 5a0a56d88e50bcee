package ir.shenava.analytics.pack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.analytics.review.Review;
import ir.shenava.analytics.web.ChartSpec;
import ir.shenava.analytics.web.KeyFigures;
import ir.shenava.analytics.web.Labels;
import ir.shenava.shared.JalaliQuarter;

/**
 * What one pack holds: the quarter's figures (frozen from its review, or today's), the charts and
 * headline figures made from them in the reader's language, and the review with its actions.
 */
public record PackData(JalaliQuarter quarter, QuarterFigures now, List<ChartSpec> charts, List<KeyFigures.Line> kpis,
                       Optional<Review> review, boolean frozen, Labels labels, Instant generatedAt) {
}
