package ir.shenava.notifications.sms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the gateway's API key before it goes into the database (AES-256-GCM, key derived from
 * {@code shenava.secret-key}, which the Debian package generates into {@code /etc/shenava/shenava.env}):
 * a copy of the database alone does not give away the key. Without a secret key the value is
 * kept as it is (said once in the log) and still never shown on a page.
 */
@Component
class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String PREFIX = "aesgcm:";
    private static final SecureRandom random = new SecureRandom();

    private final SecretKeySpec key;

    SecretBox(@Value("${shenava.secret-key:}") String secret) {
        this.key = secret == null || secret.isBlank() ? null : new SecretKeySpec(sha256(secret), "AES");
    }

    String seal(String plain) {
        if (plain == null) {
            return null;
        }
        if (key == null) {
            log.warn("No shenava.secret-key (SHENAVA_SECRET_KEY) set: the SMS gateway's API key is stored unencrypted");
            return plain;
        }
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    /** The plain value, or null when it was sealed with another secret key (the administrator enters it again). */
    String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        if (key == null) {
            log.warn("The SMS gateway's API key is encrypted but no shenava.secret-key is set");
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            log.warn("The SMS gateway's API key cannot be decrypted with this shenava.secret-key");
            return null;
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
