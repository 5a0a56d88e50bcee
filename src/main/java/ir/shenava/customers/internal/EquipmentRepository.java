package ir.shenava.customers.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EquipmentRepository extends JpaRepository<Equipment, Long> {

    List<Equipment> findByCustomerIdOrderBySerialNumber(Long customerId);

    Optional<Equipment> findBySerialNumber(String serialNumber);

    boolean existsBySerialNumber(String serialNumber);

    /** Units whose serial has these letters and digits, whatever separates them (at most two: one is a match, two are a doubt). */
    @org.springframework.data.jpa.repository.Query(value = "select * from equipment where regexp_replace(serial_number, '[^A-Z0-9]', '', 'g') = :key limit 2",
            nativeQuery = true)
    List<Equipment> findBySerialKey(@org.springframework.data.repository.query.Param("key") String key);
}
