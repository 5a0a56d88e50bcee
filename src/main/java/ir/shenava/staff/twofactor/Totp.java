package ir.shenava.staff.twofactor;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import ir.shenava.shared.PersianText;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app makes them: HMAC-SHA1 over the
 * number of 30-second steps since the epoch, truncated (RFC 4226 §5.3) to six digits. A code of the
 * step before or after the current one is accepted too, so a phone whose clock is a few seconds off,
 * or a person who types slowly, is not refused. Which step matched is returned so that the caller
 * can refuse the same step twice (a code seen over someone's shoulder is useless afterwards).
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** Steps either side of the current one that are still accepted. */
    static final int TOLERANCE = 1;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one step, with as many digits as asked (the RFC's test vectors use eight). */
    static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0F;
            int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
                    | ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    static String code(byte[] key, long step) {
        return code(key, step, DIGITS, "HmacSHA1");
    }

    /**
     * The step whose code {@code typed} is, within the tolerance around {@code now}; empty when it
     * is none of them. The typed text may use Persian or Arabic digits and contain spaces.
     */
    static OptionalLong matchingStep(byte[] key, String typed, Instant now) {
        String code = digits(typed);
        if (code == null || code.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            if (java.security.MessageDigest.isEqual(code(key, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Latin digits with spaces (also the narrow and zero-width ones) removed; null when anything else was typed. */
    static String digits(String typed) {
        if (typed == null) {
            return null;
        }
        String latin = PersianText.latinDigits(typed).replaceAll("[\\s\\u00A0\\u200B-\\u200F\\u202F-]", "");
        return latin.matches("[0-9]{1,12}") ? latin : null;
    }
}
