package ir.shenava.intake.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingCode(String trackingCode);

    Optional<Complaint> findBySubmissionKey(String submissionKey);
}
