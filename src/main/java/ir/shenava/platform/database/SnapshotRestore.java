package ir.shenava.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Puts a backup's rows into a database whose schema is at the backup's Flyway version, in one
 * transaction: every table is emptied, filled with COPY (parents before the tables that point at
 * them), checked against the manifest's row counts and checksums, and the sequences are set where
 * they were. Any mismatch rolls everything back, so a damaged archive changes nothing.
 *
 * <p>The tables' own triggers are off while loading (an audit table that refuses TRUNCATE, search
 * columns kept by triggers): the rows come back exactly as they were. Foreign keys stay checked.
 */
public final class SnapshotRestore {

    private SnapshotRestore() {
    }

    public static BackupManifestView read(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return new BackupManifestView(manifest(zip));
        } catch (IOException e) {
            throw new BackupException("Not a Shenava backup: " + archive + " (" + e.getMessage() + ")", e);
        }
    }

    public static BackupSummary restore(Connection c, Path archive, BackupProgress progress) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            BackupManifest manifest = manifest(zip);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                load(c, zip, manifest, progress);
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE"); // fresh statistics, or the first queries plan for empty tables
            }
            return new BackupSummary(archive, manifest.schemaVersion(), manifest.tables().size(), manifest.totalRows(),
                    archive.toFile().length());
        } catch (SQLException | IOException e) {
            throw new BackupException("The restore of " + archive + " failed: " + e.getMessage(), e);
        }
    }

    private static void load(Connection c, ZipFile zip, BackupManifest manifest, BackupProgress progress)
            throws SQLException, IOException {
        String version = SchemaCatalog.schemaVersion(c);
        if (!version.equals(manifest.schemaVersion())) {
            throw new BackupException("The backup belongs to schema version " + manifest.schemaVersion()
                    + " but the database is at " + version);
        }
        List<String> tables = SchemaCatalog.tables(c);
        Map<String, BackupManifest.Table> byName = new HashMap<>();
        manifest.tables().forEach(t -> byName.put(t.name(), t));
        Set<String> missing = new HashSet<>(byName.keySet());
        missing.removeAll(tables);
        if (!missing.isEmpty()) {
            throw new BackupException("The database has no tables " + missing + " of the backup");
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("ALTER TABLE " + SchemaCatalog.quote(table) + " DISABLE TRIGGER USER");
            }
            s.execute("TRUNCATE " + SchemaCatalog.columnList(tables));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        List<String> order = SchemaCatalog.parentsFirst(c, List.copyOf(byName.keySet()));
        int done = 0;
        for (String name : order) {
            BackupManifest.Table table = byName.get(name);
            ZipEntry entry = zip.getEntry(table.entry());
            if (entry == null) {
                throw new BackupException("The archive lacks " + table.entry());
            }
            MessageDigest sha = SnapshotBackup.sha256();
            long rows;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
                rows = copy.copyIn("COPY " + SchemaCatalog.quote(name) + " (" + SchemaCatalog.columnList(table.columns())
                        + ") FROM STDIN", in);
            }
            String checksum = HexFormat.of().formatHex(sha.digest());
            if (rows != table.rows() || !checksum.equals(table.sha256())) {
                throw new BackupException("Table " + name + " in the archive is damaged: " + rows + " rows, checksum "
                        + checksum + "; the manifest says " + table.rows() + " rows, " + table.sha256());
            }
            progress.tableDone(name, ++done, order.size());
        }
        try (PreparedStatement setval = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
            for (BackupManifest.Sequence sequence : manifest.sequences()) {
                setval.setString(1, SchemaCatalog.quote(sequence.name()));
                setval.setLong(2, sequence.lastValue());
                setval.setBoolean(3, sequence.called());
                setval.execute();
            }
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("ALTER TABLE " + SchemaCatalog.quote(table) + " ENABLE TRIGGER USER");
            }
        }
    }

    private static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupException("Not a Shenava backup: it has no " + BackupManifest.ENTRY);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.fromJson(in.readAllBytes());
        }
    }
}
