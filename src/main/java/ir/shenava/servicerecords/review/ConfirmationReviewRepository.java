package ir.shenava.servicerecords.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConfirmationReviewRepository extends JpaRepository<ConfirmationReview, Long> {

    List<ConfirmationReview> findAllByOrderByStartedAtDescIdDesc();

    List<ConfirmationReview> findByPeriodLabelOrderByStartedAtDesc(String periodLabel);
}
