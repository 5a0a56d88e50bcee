package ir.shenava.intake.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingCode(String trackingCode);

    Optional<Complaint> findBySubmissionKey(String submissionKey);

    /** Whether the staff member is on the complaint's delegation chain (see ComplaintVisibility). */
    @Query(value = "select exists (select 1 from complaint_access where complaint_id = :complaintId and staff_id = :staffId)",
            nativeQuery = true)
    boolean onDelegationChain(long complaintId, long staffId);
}
