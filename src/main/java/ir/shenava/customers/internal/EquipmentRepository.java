package ir.shenava.customers.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EquipmentRepository extends JpaRepository<Equipment, Long> {

    List<Equipment> findByCustomerIdOrderBySerialNumber(Long customerId);

    Optional<Equipment> findBySerialNumber(String serialNumber);

    boolean existsBySerialNumber(String serialNumber);
}
