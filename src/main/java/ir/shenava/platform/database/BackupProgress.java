package ir.shenava.platform.database;

/** Told after each table, so a page or a terminal can show how far a backup or restore has come. */
@FunctionalInterface
public interface BackupProgress {

    BackupProgress NONE = (table, done, total) -> { };

    void tableDone(String table, int done, int total);
}
