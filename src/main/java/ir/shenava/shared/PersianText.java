package ir.shenava.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of Persian text as typed by users.
 *
 * <p>The same word reaches us in several spellings: Arabic keyboards produce ي and ك instead of
 * Persian ی and ک, people add tatweel or diacritics, paste non-breaking spaces, and type digits in
 * three scripts. Storing {@link #normalize(String) normalised} text and comparing
 * {@link #searchKey(String) search keys} lets "علي‌اكبر ۱۲" find "علیاکبر 12".
 */
public final class PersianText {

    /** Zero-width non-joiner (نیم‌فاصله), part of correct Persian spelling. */
    public static final char ZWNJ = '\u200C';

    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACES_AROUND_ZWNJ = Pattern.compile("[ \u200C]*\u200C[ \u200C]*");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");
    private static final Pattern EMPTY_LINES = Pattern.compile("\n{3,}");

    private PersianText() {
    }

    /**
     * {@link #normalize(String)} for text written in lines — a description, a report, a comment:
     * each line is normalised on its own and the line breaks stay, so paragraphs survive. Windows and
     * old-Mac line ends become {@code \n}, at most one empty line is kept between paragraphs, and
     * empty lines at the start and the end go.
     *
     * @return {@code null} for {@code null}, otherwise never null ("" when blank)
     */
    public static String normalizeText(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (String line : LINE_BREAK.split(s, -1)) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(normalize(line));
        }
        return EMPTY_LINES.matcher(b).replaceAll("\n\n").strip();
    }

    /**
     * Canonical spelling for storage and display: Persian ye/kaf, no tatweel or diacritics,
     * single spaces, ZWNJ kept but without spaces around it. Digits are left as typed.
     *
     * @return {@code null} for {@code null}, otherwise never null ("" when blank)
     */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u064A', '\u0649' -> b.append('\u06CC');
                case '\u0643' -> b.append('\u06A9');
                default -> {
                    if (isDroppedMark(c)) {
                        continue;
                    }
                    b.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
                }
            }
        }
        String r = SPACES.matcher(b.toString().strip()).replaceAll(" ");
        r = SPACES_AROUND_ZWNJ.matcher(r).replaceAll(String.valueOf(ZWNJ));
        int start = 0;
        int end = r.length();
        while (start < end && (r.charAt(start) == ZWNJ || r.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (r.charAt(end - 1) == ZWNJ || r.charAt(end - 1) == ' ')) {
            end--;
        }
        return r.substring(start, end);
    }

    /** Tatweel, Arabic diacritics, and invisible control and direction marks (see {@link #isHostile(char)}). */
    private static boolean isDroppedMark(char c) {
        return c == '\u0640'
                || (c >= '\u064B' && c <= '\u065F')
                || c == '\u0670'
                || isHostile(c);
    }

    /**
     * Characters nobody types on purpose and no field may keep: control characters other than tab
     * and line breaks (PostgreSQL refuses U+0000 outright, a terminal obeys ESC), the invisible
     * direction marks and overrides that make "photo\u202Egnp.exe" look like "photoexe.png", the
     * byte-order mark, and halves of a surrogate pair without the other half.
     */
    public static boolean isHostile(char c) {
        return (c < '\u0020' && c != '\t' && c != '\n' && c != '\r')
                || (c >= '\u007F' && c <= '\u009F')
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF';
    }

    /**
     * The text without {@link #isHostile(char) hostile characters} and without unpaired surrogates,
     * otherwise exactly as sent: applied to every request parameter, JSON string and file name on
     * the way in, before anything else (a password too: nobody's password holds a NUL).
     *
     * @return {@code null} for {@code null}; the same instance when there was nothing to remove
     */
    public static String withoutControls(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && keeps(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            if (keeps(s, i)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean keeps(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return !isHostile(c);
    }

    /** Persian and Arabic-Indic digits (and the Arabic decimal/thousands separators) to ASCII. */
    public static String latinDigits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + (c - '\u0660')));
            } else if (c == '\u066B') {
                b.append('.');
            } else if (c == '\u066C') {
                b.append(',');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** ASCII digits to Persian digits, for display. */
    public static String persianDigits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return b.toString();
    }

    /**
     * {@link #searchKey} without spaces: the key that stored search texts are compared with, so that a
     * space, a ZWNJ and nothing match each other («شبانه روزی», «شبانه‌روزی», «شبانهروزی») — people
     * type a space where the spelling has a ZWNJ, or join the two halves. The database keeps the same
     * compact form of each search text in a generated column.
     *
     * @return "" for {@code null}
     */
    public static String compactKey(String s) {
        return searchKey(s).replace(" ", "");
    }

    /**
     * A lossy key for matching what users type against stored records: normalised, Latin digits,
     * lower case, no ZWNJ, and letter variants (alef forms, ۀ/ة, ؤ, ئ) folded.
     *
     * @return "" for {@code null}
     */
    public static String searchKey(String s) {
        if (s == null) {
            return "";
        }
        // NFKC folds Arabic presentation forms (ﻙ, ﻻ …) and full-width digits to base characters.
        String n = normalize(Normalizer.normalize(s, Normalizer.Form.NFKC));
        n = latinDigits(n).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case ZWNJ -> {
                }
                case '\u0622', '\u0623', '\u0625', '\u0671' -> b.append('\u0627');
                case '\u06C0', '\u0629' -> b.append('\u0647');
                case '\u0624' -> b.append('\u0648');
                case '\u0626' -> b.append('\u06CC');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Only the digits, as ASCII, e.g. for phone numbers and national ids.
     *
     * @return "" for {@code null}
     */
    public static String digitsOnly(String s) {
        if (s == null) {
            return "";
        }
        String l = latinDigits(s);
        StringBuilder b = new StringBuilder(l.length());
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
