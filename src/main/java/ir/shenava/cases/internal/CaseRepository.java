package ir.shenava.cases.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRepository extends JpaRepository<ComplaintCase, Long> {
}
