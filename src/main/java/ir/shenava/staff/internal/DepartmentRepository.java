package ir.shenava.staff.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findAllByOrderByNameFa();

    Optional<Department> findByCode(String code);

    boolean existsByCode(String code);
}
