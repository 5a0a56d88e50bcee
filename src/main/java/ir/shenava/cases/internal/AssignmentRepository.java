package ir.shenava.cases.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByCaseIdOrderById(long caseId);
}
