package ir.shenava.customers.importing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An uploaded file waiting for its uploader's confirmation. The parsed rows are kept as JSON in
 * the database (not in the session) so that any application node can finish the import.
 */
@Entity
@Table(name = "import_batch")
class ImportBatch {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ImportKind kind;
    private String fileName;
    private String rowsJson;
    private String createdBy;
    private Instant createdAt;

    protected ImportBatch() {
    }

    ImportBatch(ImportKind kind, String fileName, String rowsJson, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.fileName = fileName;
        this.rowsJson = rowsJson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID getId() {
        return id;
    }

    ImportKind getKind() {
        return kind;
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
