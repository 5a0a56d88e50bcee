package ir.shenava.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;

import ir.shenava.platform.SigningKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A self-hosted challenge against bots (no third-party service, which the customers' networks may
 * not reach): the form carries a signed, timestamped nonce; the browser must find a counter such
 * that SHA-256(nonce:counter) starts with {@code bits} zero bits — a fraction of a second for one
 * person, costly for a bot sending thousands. The signed nonce doubles as the submission's
 * idempotency key, so a double click or a resubmitted page never makes two complaints. The signing
 * key is shared by all nodes ({@link SigningKeys}): a form loaded from one node may be sent to another.
 */
@Component
class ProofOfWork {

    static final String KEY_PURPOSE = "intake-proof-of-work";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SigningKeys keys;
    private final Clock clock;
    private final int bits;
    private final Duration maxAge = Duration.ofHours(2);

    ProofOfWork(SigningKeys keys, Clock clock, @Value("${shenava.intake.pow-bits:14}") int bits) {
        this.keys = keys;
        this.clock = clock;
        this.bits = bits;
    }

    int bits() {
        return bits;
    }

    /** "timestamp.random.signature", for the form's hidden field. */
    String issue() {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String payload = clock.millis() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return payload + "." + sign(payload);
    }

    /** True when the challenge is ours, fresh, and the counter solves it. */
    boolean verify(String challenge, String counter) {
        if (challenge == null || counter == null || !counter.matches("\\d{1,12}")) {
            return false;
        }
        int lastDot = challenge.lastIndexOf('.');
        if (lastDot < 0) {
            return false;
        }
        String payload = challenge.substring(0, lastDot);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                challenge.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        long issued = Long.parseLong(payload.substring(0, payload.indexOf('.')));
        if (clock.millis() - issued > maxAge.toMillis()) {
            return false;
        }
        return leadingZeroBits(sha256(challenge + ":" + counter)) >= bits;
    }

    static int leadingZeroBits(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
        }
        return zeros;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.hmac(KEY_PURPOSE));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
