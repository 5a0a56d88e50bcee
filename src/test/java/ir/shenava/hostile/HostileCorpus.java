package ir.shenava.hostile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * The hostile values, each carrying a marker ({@code hz<run><n>q}) so that the database can later
 * be searched for what was stored, and plausible valid values chosen by a field's type and name
 * so that the one hostile field is not the only thing wrong with a request.
 */
public final class HostileCorpus {

    /** A hostile value for one field: its kind (for the report) and how to make it from a marker. */
    public record Hostile(String kind, Function<String, String> value) {
    }

    public static final Hostile CONTROLS = new Hostile("NUL and control characters",
            m -> "a\u0000b\u0007c\u001b[2J\u0085d\u0008 " + m);
    public static final Hostile BIDI = new Hostile("bidi overrides",
            m -> "photo\u202Egnp.exe\u2066\u200F\u061C " + m);
    public static final Hostile SQL = new Hostile("SQL meta-characters",
            m -> "'); DROP TABLE customer;-- \" \\ % _ ' OR '1'='1 " + m);
    public static final Hostile HTML = new Hostile("HTML payload",
            m -> "\"><script>alert('" + m + "')</script><img src=x onerror=alert(1)>");
    public static final Hostile CRLF = new Hostile("CR/LF (header splitting)",
            m -> "/x\r\nSet-Cookie: hz=1\r\nLocation: https://evil.example\r\n\r\n" + m);

    /** The ones sampled, one per field in turn, beside the control characters every field gets. */
    public static final List<Hostile> ROTATING = List.of(BIDI, SQL, HTML, CRLF);

    /** Script text that must never appear unescaped in a page. */
    public static String scriptOf(String marker) {
        return "<script>alert('" + marker + "')";
    }

    /** Longer than the limit by one: the marker first, then Persian letters. */
    public static String overLimit(String marker, int limit) {
        StringBuilder b = new StringBuilder(limit + 1).append(marker).append(' ');
        while (b.length() <= limit) {
            b.append('ب');
        }
        return b.toString();
    }

    /** Path traversal and bidi file names. */
    public static List<String> fileNames(String marker) {
        return List.of("../../../etc/" + marker + ".png", "..\\..\\windows\\" + marker + ".png",
                marker + "\u202Egnp.exe", marker + "\u0000.png");
    }

    /** A PNG that is HTML. */
    public static byte[] htmlDisguisedAsImage(String marker) {
        return ("<html><body><script>alert('" + marker + "')</script></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** A real 1×1 PNG header is enough for the upload checks, which read the first bytes. */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** A JSON document nested ten thousand levels deep. */
    public static String deepJson() {
        return "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    }

    private HostileCorpus() {
    }

    /**
     * A value a person might really type for this field, so that validation fails (if at all) only
     * because of the hostile field. {@code ids} maps a field or path-variable name to an existing id.
     */
    public static String plausible(String name, Class<?> type, Function<String, String> ids) {
        String n = name.toLowerCase(Locale.ROOT);
        String last = n.substring(n.lastIndexOf('.') + 1);
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (type == LocalDate.class || (type == String.class && last.endsWith("date"))) {
            return "1404/05/10";
        }
        if (type == LocalTime.class || last.endsWith("time")) {
            return "10:30";
        }
        if (type == UUID.class || last.contains("submissionkey") || last.contains("idempotency")) {
            return UUID.randomUUID().toString();
        }
        if (Number.class.isAssignableFrom(wrap(type))) {
            if (last.equals("year")) {
                return "1404";
            }
            if (last.equals("quarter")) {
                return "1";
            }
            return last.endsWith("id") ? ids.apply(last) : "1";
        }
        if (last.contains("phone") || last.contains("mobile")) {
            return "09121234567";
        }
        if (last.contains("email") || last.equals("from") || last.equals("to")) {
            return "walker@example.com";
        }
        if (last.contains("password")) {
            return "Walker-pass-98765";
        }
        if (last.contains("category")) {
            return "OTHER";
        }
        if (last.equals("back") || last.contains("return") || last.contains("redirect") || last.equals("next")) {
            return "/";
        }
        if (last.contains("username")) {
            return "walker" + UUID.randomUUID().toString().substring(0, 6);
        }
        if (last.equals("nationalid") || last.contains("code")) {
            return "0012345678";
        }
        if (last.endsWith("id")) {
            return ids.apply(last);
        }
        return "متن آزمایشی " + last;
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == short.class ? Short.class
                : type == double.class ? Double.class : type == float.class ? Float.class : type;
    }
}
