package ir.shenava.staff.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import ir.shenava.shared.PersianText;

/**
 * One-time codes for the day the phone is lost: ten of them, each two groups of five characters
 * from an alphabet without look-alikes (no i, l, o, 0, 1), about 49 bits each. Kept only as
 * SHA-256 of the normalised code; what the person types is normalised the same way (case, spaces,
 * dashes and Persian digits do not matter).
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        while (codes.size() < COUNT) {
            StringBuilder code = new StringBuilder(11);
            for (int i = 0; i < 10; i++) {
                if (i == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        return codes;
    }

    /** The code as stored (hashed); null when the typed text cannot be a recovery code. */
    static String hash(String typed) {
        if (typed == null) {
            return null;
        }
        String code = PersianText.latinDigits(typed).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u200B-\\u200F\\u202F-]", "");
        if (code.length() != 10 || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
