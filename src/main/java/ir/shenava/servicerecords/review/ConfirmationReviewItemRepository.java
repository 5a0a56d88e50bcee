package ir.shenava.servicerecords.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ConfirmationReviewItemRepository extends JpaRepository<ConfirmationReviewItem, Long> {

    List<ConfirmationReviewItem> findByReviewIdOrderById(long reviewId);

    List<ConfirmationReviewItem> findByReviewIdIn(Collection<Long> reviewIds);

    long countByReviewIdAndReviewedAtIsNull(long reviewId);

    /**
     * Marks the case request only if none was made: 1 when this call made it, 0 when someone already
     * had. The database decides, so two clicks at the same moment still raise one finding.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ConfirmationReviewItem i set i.caseRequestedAt = :at, i.caseRequestedBy = :by, i.version = i.version + 1
            where i.id = :itemId and i.caseRequestedAt is null""")
    int markCaseRequested(long itemId, String by, Instant at);
}
