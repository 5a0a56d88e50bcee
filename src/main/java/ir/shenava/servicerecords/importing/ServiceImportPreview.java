package ir.shenava.servicerecords.importing;

import java.util.List;
import java.util.UUID;

/** A stored batch as the preview page shows it. */
public record ServiceImportPreview(UUID id, String fileName, List<ServiceImportRow> rows) {

    public long validCount() {
        return rows.stream().filter(ServiceImportRow::valid).count();
    }

    public long errorCount() {
        return rows.size() - validCount();
    }

    public List<ServiceColumn> columns() {
        return List.of(ServiceColumn.values());
    }
}
