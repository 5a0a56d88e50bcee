package ir.shenava.staff.apikeys;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    List<ApiKey> findByKeyPrefix(String keyPrefix);

    List<ApiKey> findAllByOrderByRevokedAtDescCreatedAtDesc();

    /** Sets the last use unless a use after {@code since} is recorded already (by another node, say). */
    @Modifying
    @Transactional
    @Query("update ApiKey k set k.lastUsedAt = :now where k.id = :id and (k.lastUsedAt is null or k.lastUsedAt < :since)")
    int recordUse(long id, Instant now, Instant since);
}
