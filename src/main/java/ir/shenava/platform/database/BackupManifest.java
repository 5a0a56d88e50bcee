package ir.shenava.platform.database;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup archive holds: the schema version its rows belong to, and per table the columns,
 * the number of rows and the SHA-256 of its COPY data, so a restore proves every byte before it commits.
 */
record BackupManifest(int format, String takenAt, String schemaVersion, String application,
                      List<Table> tables, List<Sequence> sequences) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Table(String name, List<String> columns, long rows, String sha256) {

        String entry() {
            return "data/" + name + ".copy";
        }
    }

    record Sequence(String name, long lastValue, boolean called) {
    }

    byte[] toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }

    static BackupManifest fromJson(byte[] json) {
        BackupManifest manifest = JSON.readValue(json, BackupManifest.class);
        if (manifest.format() != FORMAT) {
            throw new BackupException("Unknown backup format " + manifest.format() + " (this version reads " + FORMAT + ")");
        }
        return manifest;
    }

    long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
