package ir.shenava.analytics.review;

import ir.shenava.analytics.internal.QuarterFigures;

/** The figures a review was based on, frozen when its draft was prepared: the quarter and its two comparisons. */
public record ReviewSnapshot(QuarterFigures now, QuarterFigures previous, QuarterFigures yearAgo) {
}
