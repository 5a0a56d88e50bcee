package ir.shenava.customers.importing;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, UUID> {

    @Modifying
    @Query("delete from ImportBatch b where b.createdAt < :before")
    int deleteOlderThan(Instant before);
}
