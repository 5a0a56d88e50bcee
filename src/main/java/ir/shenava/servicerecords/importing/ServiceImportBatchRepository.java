package ir.shenava.servicerecords.importing;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ServiceImportBatchRepository extends JpaRepository<ServiceImportBatch, UUID> {

    @Modifying
    @Query("delete from ServiceImportBatch b where b.createdAt < :before")
    int deleteOlderThan(Instant before);
}
