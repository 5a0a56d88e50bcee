package ir.shenava.customers.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByCode(String code);

    boolean existsByCode(String code);

    @Query(value = "select coalesce(max(cast(substring(code from 3) as bigint)), 0) from customer where code ~ '^C-[0-9]+$'",
            nativeQuery = true)
    long highestGeneratedCode();

    /** The next "C-00042" style code; two customers made at the same moment may compute the same one. */
    default String nextGeneratedCode() {
        return "C-%05d".formatted(highestGeneratedCode() + 1);
    }
}
