package ir.shenava.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encryption of secrets the application must keep in the database and later use in clear (an IMAP
 * mailbox's password): AES-256-GCM with a key that is never in the database — from
 * {@code shenava.secret-key} ({@code SHENAVA_SECRET_KEY}, 32 bytes in Base64; every node of a
 * cluster needs the same), or else from {@code <data-dir>/secret.key}, made on first use and
 * readable by its owner only. A copy of the database alone does not give the passwords away.
 *
 * <p>Stored as {@code v1:<Base64(iv ‖ ciphertext ‖ tag)>}; a value without that prefix was stored
 * by an earlier version in clear and is read as it is (and re-encrypted on start).
 */
@Component
public class Secrets {

    static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    Secrets(@Value("${shenava.secret-key:}") String configured, @Value("${shenava.data-dir:./data}") String dataDir) {
        this.key = new SecretKeySpec(configured.isBlank() ? keyFile(Path.of(dataDir)) : decode(configured), "AES");
    }

    /** @return {@code null} for {@code null} */
    public String encrypt(String clear) {
        if (clear == null) {
            return null;
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The clear text; a value stored in clear by an earlier version comes back unchanged. */
    public String decrypt(String stored) {
        if (!isEncrypted(stored)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret cannot be decrypted: was shenava.secret-key or "
                    + "the data directory's secret.key changed?", e);
        }
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /**
     * The configured key: 32 bytes in Base64 as documented (openssl rand -base64 32), or any other
     * string of at least 16 characters — the Debian package writes 64 hex digits — taken through
     * SHA-256, so that every node given the same string has the same key.
     */
    static byte[] decode(String configured) {
        String key = configured.strip();
        try {
            byte[] bytes = Base64.getDecoder().decode(key);
            if (bytes.length == 32) {
                return bytes;
            }
        } catch (IllegalArgumentException notBase64) {
            // taken through SHA-256 below
        }
        if (key.length() < 16) {
            throw new IllegalStateException("shenava.secret-key is too short: use 32 bytes in Base64 (openssl rand -base64 32)");
        }
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key file, made with owner-only permissions before the key is written into it. */
    private static byte[] keyFile(Path dataDir) {
        Path file = dataDir.resolve("secret.key");
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            EnumSet.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                } catch (FileAlreadyExistsException another) {
                    // another node or process made it first: use theirs
                }
            }
            return decode(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key " + file, e);
        }
    }
}
