package ir.shenava.servicerecords;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ir.shenava.servicerecords.review.ConfirmationReview;
import ir.shenava.servicerecords.review.ConfirmationReviewItemRepository;
import ir.shenava.servicerecords.review.ConfirmationReviewRepository;
import ir.shenava.servicerecords.review.ReviewTally;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public questions about the CEO's sample reviews of confirmation forms: what was sampled and found. */
@Service
@Transactional(readOnly = true)
public class ConfirmationReviewSummaries {

    private final ConfirmationReviewRepository reviews;
    private final ConfirmationReviewItemRepository items;

    ConfirmationReviewSummaries(ConfirmationReviewRepository reviews, ConfirmationReviewItemRepository items) {
        this.reviews = reviews;
        this.items = items;
    }

    public Optional<ConfirmationReviewSummary> ofReview(long reviewId) {
        return reviews.findById(reviewId).map(r -> ReviewTally.summary(r, items.findByReviewIdOrderById(r.getId())));
    }

    /** Summaries of the reviews whose period lies inside [from, to] (e.g. a Jalali quarter), newest first. */
    public List<ConfirmationReviewSummary> within(LocalDate from, LocalDate to) {
        return reviews.findAllByOrderByStartedAtDescIdDesc().stream()
                .filter(r -> !r.getFromDay().isBefore(from) && !r.getToDay().isAfter(to))
                .map(r -> summary(r))
                .toList();
    }

    private ConfirmationReviewSummary summary(ConfirmationReview r) {
        return ReviewTally.summary(r, items.findByReviewIdOrderById(r.getId()));
    }
}
