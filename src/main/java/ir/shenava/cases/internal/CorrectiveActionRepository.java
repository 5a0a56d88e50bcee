package ir.shenava.cases.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

    List<CorrectiveAction> findByCaseIdOrderById(long caseId);

    boolean existsByCaseIdAndDoneAtIsNull(long caseId);
}
