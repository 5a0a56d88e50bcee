package ir.shenava.servicerecords.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ir.shenava.servicerecords.ConfirmationReviewSummary;

/** Counts what a review found: reviewed items, defects by kind and by expert. */
public final class ReviewTally {

    private ReviewTally() {
    }

    public static ConfirmationReviewSummary summary(ConfirmationReview review, List<ConfirmationReviewItem> items) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (DefectKind kind : DefectKind.values()) {
            byKind.put(kind.name(), 0);
        }
        Map<Long, Integer> byExpert = new TreeMap<>();
        int reviewed = 0;
        for (ConfirmationReviewItem item : items) {
            if (item.isReviewed()) {
                reviewed++;
            }
            List<DefectKind> defects = item.defects();
            defects.forEach(d -> byKind.merge(d.name(), 1, Integer::sum));
            if (!defects.isEmpty()) {
                byExpert.merge(item.getStratum(), defects.size(), Integer::sum);
            }
        }
        return new ConfirmationReviewSummary(review.getPeriodLabel(), items.size(), reviewed, java.util.Collections.unmodifiableMap(byKind),
                java.util.Collections.unmodifiableMap(byExpert));
    }
}
