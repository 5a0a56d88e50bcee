package ir.shenava.customers.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    /**
     * Customers whose search text contains the pattern ({@link CustomerSearch#likePattern}). The
     * matches are materialised first so that PostgreSQL answers from the trigram index instead of
     * walking the name index and testing every row.
     */
    @Query(value = """
            with matches as materialized (select * from customer where search_text like :pattern)
            select * from matches order by name, id""",
            countQuery = "select count(*) from customer where search_text like :pattern",
            nativeQuery = true)
    Page<Customer> search(String pattern, Pageable pageable);

    Optional<Customer> findByCode(String code);

    boolean existsByCode(String code);

    @Query(value = "select coalesce(max(cast(substring(code from 3) as bigint)), 0) from customer where code ~ '^C-[0-9]+$'",
            nativeQuery = true)
    long highestGeneratedCode();
}
