package ir.shenava.platform.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the whole database into one zip: every table of schema {@code public} as PostgreSQL's
 * COPY text, read in one REPEATABLE READ transaction so all tables show the same moment (a
 * complaint and the event that will open its case, or neither), plus the sequences and the Flyway
 * version. Needs nothing but JDBC: the embedded PostgreSQL's binaries have no {@code pg_dump}.
 * Attachments are {@code bytea} columns, so they are in the tables' data.
 */
public final class SnapshotBackup {

    private SnapshotBackup() {
    }

    /** Writes to {@code target} through a temporary file, so an interrupted backup never looks whole. */
    public static BackupSummary write(Connection connection, Path target, BackupProgress progress) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            BackupManifest manifest;
            try (OutputStream file = Files.newOutputStream(partial)) {
                manifest = writeInTransaction(connection, file, progress);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new BackupSummary(target, manifest.schemaVersion(), manifest.tables().size(), manifest.totalRows(),
                    Files.size(target));
        } catch (SQLException | IOException e) {
            throw new BackupException("The backup to " + target + " failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // only a leftover temporary file
            }
        }
    }

    /**
     * Writes what the connection's current transaction sees; the caller has begun it with
     * REPEATABLE READ, so every table comes from the same snapshot.
     */
    static BackupManifest writeInTransaction(Connection c, OutputStream out, BackupProgress progress)
            throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        String version = SchemaCatalog.schemaVersion(c); // the first read fixes the snapshot
        List<String> tables = SchemaCatalog.tables(c);
        List<BackupManifest.Table> written = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String table : tables) {
                List<String> columns = SchemaCatalog.columns(c, table);
                BackupManifest.Table entry = new BackupManifest.Table(table, columns, 0, "");
                zip.putNextEntry(new ZipEntry(entry.entry()));
                MessageDigest sha = sha256();
                long rows = copy.copyOut("COPY " + SchemaCatalog.quote(table) + " (" + SchemaCatalog.columnList(columns)
                        + ") TO STDOUT", new DigestOutputStream(new KeepOpen(zip), sha));
                zip.closeEntry();
                written.add(new BackupManifest.Table(table, columns, rows, HexFormat.of().formatHex(sha.digest())));
                progress.tableDone(table, written.size(), tables.size());
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.now().toString(), version,
                    "shenava " + applicationVersion(), written, sequences(c));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(manifest.toJson());
            zip.closeEntry();
            return manifest;
        }
    }

    private static List<BackupManifest.Sequence> sequences(Connection c) throws SQLException {
        List<BackupManifest.Sequence> values = new ArrayList<>();
        for (String sequence : SchemaCatalog.sequences(c)) {
            try (PreparedStatement s = c.prepareStatement("select last_value, is_called from " + SchemaCatalog.quote(sequence));
                 ResultSet r = s.executeQuery()) {
                r.next();
                values.add(new BackupManifest.Sequence(sequence, r.getLong(1), r.getBoolean(2)));
            }
        }
        return values;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String applicationVersion() {
        String version = SnapshotBackup.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** COPY closes the stream it is given; the zip must stay open for the next table. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
