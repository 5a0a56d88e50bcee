package ir.shenava.customers.importing;

import java.util.List;
import java.util.UUID;

/** A stored batch as the preview page shows it. */
public record ImportPreview(UUID id, ImportKind kind, String fileName, List<ImportRow> rows) {

    public long validCount() {
        return rows.stream().filter(ImportRow::valid).count();
    }

    public long errorCount() {
        return rows.size() - validCount();
    }

    public List<ImportColumn> columns() {
        return kind.columns();
    }
}
