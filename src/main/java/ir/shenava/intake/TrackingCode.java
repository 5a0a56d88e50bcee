package ir.shenava.intake;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

import ir.shenava.shared.PersianText;

/**
 * The code a customer quotes to follow a complaint: ten characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L, U), so it can be read over the phone — 30^10 ≈ 2^49, i.e. about
 * 49 bits of randomness, never a sequence. Shown as "K7M3Q-X9TAP"; typed in any case, with or
 * without the dash, in Persian or Latin digits.
 */
public record TrackingCode(String value) {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{10}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");

    public TrackingCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("tracking.invalid");
        }
    }

    public static TrackingCode random() {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TrackingCode(sb.toString());
    }

    /** What a person typed, or empty when it cannot be a tracking code. */
    public static java.util.Optional<TrackingCode> parse(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String cleaned = PersianText.latinDigits(typed).toUpperCase(Locale.ROOT);
        cleaned = SEPARATORS.matcher(cleaned).replaceAll("");
        return CODE.matcher(cleaned).matches() ? java.util.Optional.of(new TrackingCode(cleaned))
                : java.util.Optional.empty();
    }

    /** "K7M3Q-X9TAP". */
    public String display() {
        return value.substring(0, 5) + "-" + value.substring(5);
    }

    @Override
    public String toString() {
        return display();
    }
}
