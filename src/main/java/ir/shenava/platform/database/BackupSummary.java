package ir.shenava.platform.database;

import java.nio.file.Path;

/** What a finished backup or restore reports: where, which schema version, how much. */
public record BackupSummary(Path file, String schemaVersion, int tables, long rows, long bytes) {
}
