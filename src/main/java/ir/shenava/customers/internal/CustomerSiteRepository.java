package ir.shenava.customers.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerSiteRepository extends JpaRepository<CustomerSite, Long> {

    List<CustomerSite> findByCustomerIdOrderByName(Long customerId);
}
