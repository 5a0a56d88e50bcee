package ir.shenava.staff.apikeys;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    List<ApiKey> findByKeyPrefix(String keyPrefix);

    List<ApiKey> findAllByOrderByRevokedAtDescCreatedAtDesc();
}
