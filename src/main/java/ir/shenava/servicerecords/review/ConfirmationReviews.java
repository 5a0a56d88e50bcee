package ir.shenava.servicerecords.review;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ir.shenava.servicerecords.ConfirmationFindingRaised;
import ir.shenava.servicerecords.ServiceStatus;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.servicerecords.internal.ServiceRecordRepository;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands of the sample review: draw a sample, record what was found, ask for a case from a finding. */
@Service
@Transactional
public class ConfirmationReviews {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ConfirmationReviewRepository reviews;
    private final ConfirmationReviewItemRepository items;
    private final ServiceRecordRepository records;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConfirmationReviews(ConfirmationReviewRepository reviews, ConfirmationReviewItemRepository items,
                        ServiceRecordRepository records, StaffDirectory staff, ApplicationEventPublisher events,
                        Clock clock) {
        this.reviews = reviews;
        this.items = items;
        this.records = records;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Draws the sample of the done services of {@code period} and stores it.
     *
     * @param seed null for a fresh random seed
     * @throws ReviewRuleException "review.population.empty" when nothing was done in the period
     */
    public ConfirmationReview start(ReviewPeriod period, SampleSize size, Long seed, String by) {
        long actualSeed = seed != null ? seed : SEEDS.nextLong();
        List<ServiceRecord> population = records.findByStatusAndDoneOnBetweenOrderByDoneOn(ServiceStatus.DONE,
                period.from(), period.to());
        Map<Long, List<Long>> strata = strata(population);
        List<StratifiedSample.Pick> picks = StratifiedSample.draw(strata, size, actualSeed);
        ConfirmationReview review = reviews.save(new ConfirmationReview(period, size, actualSeed, population.size(),
                picks.size(), by, clock.instant()));
        picks.forEach(p -> items.save(new ConfirmationReviewItem(review.getId(), p.recordId(), p.stratum())));
        return review;
    }

    /** Stores the reviewer's findings; the review is completed when its last item is reviewed. */
    public ConfirmationReviewItem review(long reviewId, long itemId, ReviewFindings findings, String by) {
        ConfirmationReviewItem item = item(reviewId, itemId);
        item.review(findings, by, clock.instant());
        items.flush();
        if (items.countByReviewIdAndReviewedAtIsNull(reviewId) == 0) {
            review(reviewId).complete(clock.instant());
        }
        return item;
    }

    /**
     * Publishes {@link ConfirmationFindingRaised} once per item (in this transaction, so the event
     * registry stores it with the mark).
     *
     * @return false when a case had already been requested for this item
     * @throws ReviewRuleException "review.case.noFindings" when the item has no findings yet
     */
    public boolean requestCase(long reviewId, long itemId, String by) {
        ConfirmationReviewItem item = item(reviewId, itemId);
        if (!item.hasFindings()) {
            throw new ReviewRuleException("review.case.noFindings");
        }
        java.time.Instant now = clock.instant();
        if (items.markCaseRequested(itemId, by, now) == 0) {
            return false;
        }
        ServiceRecord record = records.findById(item.getRecordId())
                .orElseThrow(() -> new ReviewRuleException("review.notFound"));
        events.publishEvent(new ConfirmationFindingRaised(reviewId, itemId, record.getId(), record.getCustomerId(),
                item.getFindings(), by, now));
        return true;
    }

    @Transactional(readOnly = true)
    public ConfirmationReview review(long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new ReviewRuleException("review.notFound"));
    }

    @Transactional(readOnly = true)
    public ConfirmationReviewItem item(long reviewId, long itemId) {
        return items.findById(itemId).filter(i -> i.getReviewId() == reviewId)
                .orElseThrow(() -> new ReviewRuleException("review.notFound"));
    }

    /**
     * Groups records by technical expert: the first staff id (in id order) holding TECHNICAL_EXPERT,
     * else the first staff id, else {@link StratifiedSample#NO_EXPERT}.
     */
    Map<Long, List<Long>> strata(List<ServiceRecord> population) {
        Map<Long, Optional<StaffSummary>> known = new HashMap<>();
        Map<Long, List<Long>> strata = new TreeMap<>();
        for (ServiceRecord r : population) {
            List<Long> ids = r.getStaffIds().stream().sorted().toList();
            long key = ids.stream()
                    .filter(id -> known.computeIfAbsent(id, k -> staff.find(new StaffId(k)))
                            .map(s -> s.hasRole(Role.TECHNICAL_EXPERT)).orElse(false))
                    .findFirst().orElse(ids.isEmpty() ? StratifiedSample.NO_EXPERT : ids.get(0));
            strata.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(r.getId());
        }
        return strata;
    }
}
