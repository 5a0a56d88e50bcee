package ir.shenava.intake.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintCategoryRepository extends JpaRepository<ComplaintCategory, String> {

    List<ComplaintCategory> findByActiveTrueOrderBySort();
}
