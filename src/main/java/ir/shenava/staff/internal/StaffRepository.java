package ir.shenava.staff.internal;

import java.util.List;
import java.util.Optional;

import ir.shenava.staff.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    Optional<Staff> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<Staff> findByActiveTrueOrderByFullName();

    @Query("select s from Staff s join s.roles r where r = :role and s.active = true order by s.fullName")
    List<Staff> findActiveWithRole(Role role);

    /** {@code key} is a {@link ir.shenava.shared.PersianText#compactKey}: spaces in the stored key do not count. */
    @Query("select s from Staff s where replace(s.searchKey, ' ', '') like concat('%', :key, '%') order by s.fullName")
    Page<Staff> search(String key, Pageable pageable);

    long countByManagerId(Long managerId);

    /** Id and full name of everyone, those who left included: [Long id, String fullName] rows. */
    @Query("select s.id, s.fullName from Staff s")
    List<Object[]> idsAndNames();
}
