package ir.shenava.servicerecords.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ir.shenava.servicerecords.ServiceStatus;
import ir.shenava.servicerecords.ServiceType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long> {

    List<ServiceRecord> findByCustomerIdOrderByCreatedAtDesc(long customerId);

    List<ServiceRecord> findByEquipmentIdOrderByCreatedAtDesc(long equipmentId);

    List<ServiceRecord> findByEquipmentIdAndStatus(long equipmentId, ServiceStatus status);

    Optional<ServiceRecord> findByExternalRef(String externalRef);

    @Query("""
            select r from ServiceRecord r
            where (:type is null or r.type = :type) and (:status is null or r.status = :status)
              and (:customerId is null or r.customerId = :customerId)
              and (:staffId is null or :staffId member of r.staffIds)
            order by coalesce(r.doneOn, r.plannedOn) desc nulls last, r.id desc""")
    Page<ServiceRecord> search(ServiceType type, ServiceStatus status, Long customerId, Long staffId, Pageable pageable);

    /** Done services in a period (for the missing-forms list and the CEO's sample). */
    List<ServiceRecord> findByStatusAndDoneOnBetweenOrderByDoneOn(ServiceStatus status, LocalDate from, LocalDate to);
}
