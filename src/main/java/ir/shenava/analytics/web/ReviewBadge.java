package ir.shenava.analytics.web;

import java.util.Optional;

import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.analytics.review.ManagementReviews;
import ir.shenava.analytics.review.Review;
import ir.shenava.shared.JalaliQuarter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Whether the quarter has a management review, and whether today's figures differ from the ones
 * frozen in it (compared as JSON without the moment they were computed). Only the company-wide
 * figures are frozen, so a department's slice is never called different.
 */
@Component
class ReviewBadge {

    record Badge(long reviewId, boolean differs) {
    }

    private final ManagementReviews reviews;
    private final ObjectMapper json;

    ReviewBadge(ManagementReviews reviews, ObjectMapper json) {
        this.reviews = reviews;
        this.json = json;
    }

    Badge of(JalaliQuarter quarter, String department, QuarterFigures now) {
        Optional<Review> review = reviews.find(quarter);
        return review.map(r -> new Badge(r.id(), department == null && !same(r.snapshot().now(), now))).orElse(null);
    }

    private boolean same(QuarterFigures frozen, QuarterFigures live) {
        return json.writeValueAsString(timeless(frozen)).equals(json.writeValueAsString(timeless(live)));
    }

    private static QuarterFigures timeless(QuarterFigures f) {
        return new QuarterFigures(f.quarter(), f.department(), null, f.surveys(), f.surveyReasons(), f.caseReasons(),
                f.complaints(), f.findings());
    }
}
