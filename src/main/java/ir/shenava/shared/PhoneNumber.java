package ir.shenava.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Iranian mobile or landline number in canonical E.164 form ({@code +989121234567}).
 *
 * <p>Customers and staff type phone numbers in every imaginable way (Persian digits, 0098, spaces,
 * dashes); contacts are matched by phone, so the whole application must agree on one form.
 * Mobiles are {@code 09xx xxx xxxx}; landlines are {@code 0} + a two-digit area code (first
 * digit 1–8) + an eight-digit subscriber number.
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+98[1-9]\\d{9}");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new InvalidPhoneNumberException(e164);
        }
    }

    /**
     * Parses user input: any digit script, separators (space, dash, dot, parentheses) and the
     * prefixes {@code +98}, {@code 0098}, {@code 98} (only before ten digits) or {@code 0}.
     * After {@code +98}/{@code 0098} a redundant trunk {@code 0} is tolerated ("+98 (0)912…").
     *
     * @throws InvalidPhoneNumberException for anything else
     */
    public static PhoneNumber parse(String input) {
        if (input == null) {
            throw new InvalidPhoneNumberException(null);
        }
        String s = PersianText.latinDigits(input).strip();
        StringBuilder digits = new StringBuilder();
        boolean plus = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.isEmpty() && !plus) {
                plus = true;
            } else if (!isSeparator(c)) {
                throw new InvalidPhoneNumberException(input);
            }
        }
        String national = national(digits.toString(), plus);
        if (national == null || national.length() != 11 || national.charAt(1) == '0') {
            throw new InvalidPhoneNumberException(input);
        }
        return new PhoneNumber("+98" + national.substring(1));
    }

    /** Like {@link #parse(String)} but empty instead of an exception. */
    public static Optional<PhoneNumber> tryParse(String input) {
        try {
            return Optional.of(parse(input));
        } catch (InvalidPhoneNumberException e) {
            return Optional.empty();
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'
                || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** The national form "0…" from the bare digits, or null if no accepted prefix matches. */
    private static String national(String d, boolean plus) {
        String rest;
        if (plus) {
            rest = d.startsWith("98") ? d.substring(2) : null;
        } else if (d.startsWith("0098")) {
            rest = d.substring(4);
        } else if (d.startsWith("98") && d.length() == 12) {
            rest = d.substring(2);
        } else if (d.startsWith("0")) {
            return d;
        } else {
            return null;
        }
        if (rest == null) {
            return null;
        }
        if (rest.length() == 11 && rest.charAt(0) == '0') {
            return rest;
        }
        return rest.length() == 10 ? "0" + rest : null;
    }

    /** Mobile numbers start with 09 in national form. */
    public boolean isMobile() {
        return e164.charAt(3) == '9';
    }

    /** National form with Latin digits, e.g. "09121234567". */
    public String national() {
        return "0" + e164.substring(3);
    }

    /** The last four digits, e.g. to confirm a caller's identity without revealing the number. */
    public String lastFour() {
        return e164.substring(e164.length() - 4);
    }

    /** Persian-digit, grouped national form: "۰۹۱۲ ۱۲۳ ۴۵۶۷" or "۰۲۱ ۸۸۷۷ ۶۶۵۵". */
    public String display() {
        String n = national();
        String grouped = isMobile()
                ? n.substring(0, 4) + " " + n.substring(4, 7) + " " + n.substring(7)
                : n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
        return PersianText.persianDigits(grouped);
    }

    /** {@link #display()} as a page in {@code locale} writes it: Persian digits, Latin ones on English pages. */
    public String display(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? PersianText.latinDigits(display()) : display();
    }

    @Override
    public String toString() {
        return e164;
    }
}
