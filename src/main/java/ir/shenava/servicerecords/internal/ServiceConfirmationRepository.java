package ir.shenava.servicerecords.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceConfirmationRepository extends JpaRepository<ServiceConfirmation, Long> {

    List<ServiceConfirmation> findByRecordIdIn(Collection<Long> recordIds);
}
