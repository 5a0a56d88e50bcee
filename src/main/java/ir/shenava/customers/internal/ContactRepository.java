package ir.shenava.customers.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByCustomerIdOrderByFullName(Long customerId);

    @Query("select c from Contact c where c.mobile = :e164 or c.landline = :e164 order by c.id")
    List<Contact> findByPhone(String e164);

    List<Contact> findByEmailIgnoreCaseOrderById(String email);
}
