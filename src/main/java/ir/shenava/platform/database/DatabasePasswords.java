package ir.shenava.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded PostgreSQL's two passwords — the superuser {@code postgres} (kept for the operator
 * and for upgrading the data directory) and the application's role {@code shenava} — made once,
 * on first start, and kept in {@code <data-dir>/pgpass}, readable by its owner only.
 *
 * <p>The file is in libpq's password-file format, so an operator connects with
 * {@code PGPASSFILE=<data-dir>/pgpass psql -h 127.0.0.1 -p PORT -U shenava shenava} without
 * typing it (libpq itself ignores such a file unless its mode is 0600).
 */
record DatabasePasswords(String superuser, String application) {

    static final String FILE = "pgpass";
    static final String SUPERUSER = "postgres";
    static final String APPLICATION = "shenava";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits only: nothing to escape in the pgpass format, a URL or a shell. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    static DatabasePasswords loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                Map<String, String> byRole = read(file);
                if (byRole.containsKey(SUPERUSER) && byRole.containsKey(APPLICATION)) {
                    return new DatabasePasswords(byRole.get(SUPERUSER), byRole.get(APPLICATION));
                }
            }
            DatabasePasswords fresh = new DatabasePasswords(generate(), generate());
            fresh.write(file);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the database password file " + file, e);
        }
    }

    /** 32 characters of 57: about 187 bits. */
    static String generate() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> byRole = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split(":", 5);
            if (!line.startsWith("#") && fields.length == 5) {
                byRole.put(fields[3], fields[4]);
            }
        }
        return byRole;
    }

    /** Never the passwords themselves, should a record end up in a log. */
    @Override
    public String toString() {
        return "DatabasePasswords[****]";
    }

    private void write(Path file) throws IOException {
        List<String> lines = List.of(
                "# The embedded PostgreSQL's passwords (libpq password file; made by Shenava on first start).",
                "# psql: PGPASSFILE=" + file.toAbsolutePath() + " psql -h 127.0.0.1 -p PORT -U shenava shenava",
                "*:*:*:" + SUPERUSER + ":" + superuser,
                "*:*:*:" + APPLICATION + ":" + application);
        Path partial = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(partial, lines, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        // Written whole or not at all: a half-written file would lock the owner out of the database.
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
