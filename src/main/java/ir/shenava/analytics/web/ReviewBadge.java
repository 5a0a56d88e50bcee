package ir.shenava.analytics.web;

import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.shared.JalaliQuarter;
import org.springframework.stereotype.Component;

/** Whether the quarter has a management review, and whether today's figures differ from its snapshot. */
@Component
class ReviewBadge {

    record Badge(long reviewId, boolean differs) {
    }

    Badge of(JalaliQuarter quarter, String department, QuarterFigures now) {
        return null;
    }
}
