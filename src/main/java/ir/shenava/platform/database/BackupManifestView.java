package ir.shenava.platform.database;

/** A backup's manifest as others may read it: its schema version, when it was taken, its size in rows. */
public record BackupManifestView(String schemaVersion, String takenAt, int tables, long rows) {

    BackupManifestView(BackupManifest manifest) {
        this(manifest.schemaVersion(), manifest.takenAt(), manifest.tables().size(), manifest.totalRows());
    }
}
