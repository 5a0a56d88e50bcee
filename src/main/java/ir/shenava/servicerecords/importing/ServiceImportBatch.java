package ir.shenava.servicerecords.importing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded file waiting for its uploader's confirmation; the rows are kept as JSON. */
@Entity
@Table(name = "service_import_batch")
class ServiceImportBatch {

    @Id
    private UUID id;
    private String fileName;
    private String rowsJson;
    private String createdBy;
    private Instant createdAt;

    protected ServiceImportBatch() {
    }

    ServiceImportBatch(String fileName, String rowsJson, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.fileName = fileName;
        this.rowsJson = rowsJson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID getId() {
        return id;
    }

    String getFileName() {
        return fileName;
    }

    String getRowsJson() {
        return rowsJson;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
