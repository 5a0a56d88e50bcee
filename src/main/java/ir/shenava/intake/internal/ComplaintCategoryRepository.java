package ir.shenava.intake.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintCategoryRepository extends JpaRepository<ComplaintCategory, String> {

    List<ComplaintCategory> findByActiveTrueOrderBySort();

    /** Inactive entries too: for the administrator's list and for filters over old complaints. */
    List<ComplaintCategory> findAllByOrderBySortAscCodeAsc();

    boolean existsByCodeAndActiveTrue(String code);

    /** Rejects a category that is not an active code of the list (a tampered or stale form). */
    default void check(String code, org.springframework.validation.BindingResult result) {
        if (code != null && !code.isBlank() && !existsByCodeAndActiveTrue(code)) {
            result.rejectValue("categoryCode", "intake.category.unknown");
        }
    }
}
