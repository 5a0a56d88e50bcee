package ir.shenava.platform.web;

/**
 * {@code #codes} in templates: codes shown the one way people read them out on the phone. A tracking
 * code is stored as ten characters and always shown in two halves, "2DRX2-6G6N5", on every page;
 * search accepts it with a dash, a space or nothing.
 */
public final class Codes {

    static final Codes INSTANCE = new Codes();

    private Codes() {
    }

    /** "2DRX26G6N5" or "2DRX2-6G6N5" → "2DRX2-6G6N5"; anything else as it is ("" for null). */
    public String tracking(Object code) {
        if (code == null) {
            return "";
        }
        String s = code.toString().replace("-", "");
        return s.length() == 10 ? s.substring(0, 5) + "-" + s.substring(5) : code.toString();
    }

    /**
     * A left-to-right value (a code, a phone, a username) put into a Persian sentence by a message
     * argument, where no {@code <bdi>} can go (a button's text, a title): between the Unicode
     * isolates FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, which do for plain text what
     * {@code <bdi>} does in markup (issue 15 §9).
     */
    public String isolate(Object value) {
        return value == null ? "" : "\u2068" + value + "\u2069";
    }

    /** {@link #tracking} isolated, for a tracking code inside a message. */
    public String trackingIsolated(Object code) {
        return isolate(tracking(code));
    }
}
