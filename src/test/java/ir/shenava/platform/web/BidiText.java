package ir.shenava.platform.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places in a page's text where a left-to-right value (a phone, a serial, an email, a code)
 * stands inside right-to-left text without isolation: not inside a {@code <bdi>}, not inside an
 * element with {@code dir="ltr"} (which the browser isolates), not between U+2068 and U+2069. Titles,
 * scripts and styles are skipped (no markup can isolate there). A small tag scanner, enough for the
 * well-formed pages Thymeleaf writes.
 */
final class BidiText {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    private static final Set<String> SKIPPED = Set.of("title", "script", "style", "textarea");
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>", Pattern.DOTALL);

    private record Open(String name, boolean isolated) {
    }

    private BidiText() {
    }

    /** Each occurrence of {@code value} in the text that is not isolated, with some text around it. */
    static List<String> unisolated(String html, String value) {
        List<String> found = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int last = 0;
        while (tag.find()) {
            check(html.substring(last, tag.start()), value, open, found);
            last = tag.end();
            if (tag.group(2) == null) {
                continue;   // a comment
            }
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            if (!tag.group(1).isEmpty()) {
                while (!open.isEmpty() && !open.pop().name().equals(name)) {
                    // an element left open: closed with its parent
                }
                continue;
            }
            if (SKIPPED.contains(name)) {
                int end = html.toLowerCase(java.util.Locale.ROOT).indexOf("</" + name, tag.end());
                last = end < 0 ? html.length() : end;
                tag.region(last, html.length());
                continue;
            }
            String attributes = tag.group(3);
            if (VOID.contains(name) || attributes.endsWith("/")) {
                continue;
            }
            boolean isolated = (!open.isEmpty() && open.peek().isolated()) || name.equals("bdi")
                    || attributes.matches("(?s).*\\bdir=\"ltr\".*");
            open.push(new Open(name, isolated));
        }
        check(html.substring(last), value, open, found);
        return found;
    }

    private static void check(String text, String value, Deque<Open> open, List<String> found) {
        if (open.isEmpty() ? false : open.peek().isolated()) {
            return;
        }
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length())) {
            boolean inIsolates = text.lastIndexOf('\u2068', at) > text.lastIndexOf('\u2069', at);
            if (!inIsolates) {
                found.add(text.substring(Math.max(0, at - 40), Math.min(text.length(), at + value.length() + 40)).strip());
            }
        }
    }
}
