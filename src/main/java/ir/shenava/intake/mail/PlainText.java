package ir.shenava.intake.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML mail body, for a message that has no text/plain part. What a reader saw must
 * survive: table cells stay apart (" | " between cells, a row per line), paragraphs, divisions,
 * list items and line breaks stay on their own lines, and a link keeps its address as
 * "text (URL)" — a customer's link to a photo or an invoice is often the point of the mail.
 */
final class PlainText {

    static final String CELL_SEPARATOR = " | ";

    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern LINK = Pattern.compile(
            "(?is)<a\\b[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>(.*?)</a\\s*>");
    private static final Pattern CELL = Pattern.compile("(?i)<t[dh]\\b[^>]*>");
    private static final Pattern CELL_CONTENT =
            Pattern.compile("(?is)<t[dh]\\b[^>]*>.*?(?=<t[dh]\\b|</t[dh]\\s*>|</?tr\\b|</?table\\b)");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern LINE_BREAK = Pattern.compile(
            "(?i)<br\\b[^>]*>|</?(p|div|tr|table|thead|tbody|tfoot|ul|ol|li|h[1-6]|blockquote|pre|section|article|header|footer|address|center|dl|dt|dd|hr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p\\s*>");
    /** Marks the end of a paragraph until the lines are known. */
    private static final char PARAGRAPH_MARK = '\uE001';
    /** Marks where a cell began, until the row's text is known (a character no mail text holds). */
    private static final char CELL_MARK = '\uE000';

    private PlainText() {
    }

    static String fromHtml(String html) {
        if (html == null) {
            return "";
        }
        // in HTML a line end in the source is only a space; the structure alone decides the lines
        String text = HIDDEN.matcher(html).replaceAll(" ").replaceAll("[\\s\\u00A0&&[^\\u200C]]+", " ");
        text = links(text);
        text = flatCells(text);
        text = CELL.matcher(text).replaceAll(String.valueOf(CELL_MARK));
        text = ITEM.matcher(text).replaceAll("\n• ");
        text = PARAGRAPH_END.matcher(text).replaceAll(String.valueOf(PARAGRAPH_MARK));
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = unescape(TAG.matcher(text).replaceAll(""));
        // one line per row, item, division or break (nested blocks make no empty lines) ...
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String row = cells(line);
            if (!row.isEmpty()) {
                lines.append(row).append('\n');
            }
        }
        // ... and an empty line after a paragraph, as a reader sees the space below it
        StringBuilder out = new StringBuilder();
        for (String line : lines.toString().replace(String.valueOf(PARAGRAPH_MARK), "\n\n").split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** "text (URL)"; just the URL when the text is the address itself; anchors and scripts as text. */
    private static String links(String html) {
        Matcher m = LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = unescape(first(m.group(1), m.group(2), m.group(3))).strip();
            String inner = m.group(4);
            String label = unescape(TAG.matcher(inner).replaceAll("")).strip();
            String shown = url.regionMatches(true, 0, "mailto:", 0, 7) ? url.substring(7) : url;
            String replacement;
            if (url.isEmpty() || url.startsWith("#") || url.regionMatches(true, 0, "javascript:", 0, 11)) {
                replacement = inner;
            } else if (label.isEmpty()) {
                replacement = inner + " " + escape(shown);
            } else if (label.equalsIgnoreCase(shown) || label.equalsIgnoreCase(url)) {
                replacement = inner;
            } else {
                replacement = inner + " (" + escape(shown) + ")";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Inside a cell, paragraphs and breaks (Outlook puts a &lt;p&gt; in every cell) are spaces: a row stays one line. */
    private static String flatCells(String html) {
        Matcher m = CELL_CONTENT.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inside = LINE_BREAK.matcher(ITEM.matcher(m.group()).replaceAll(" ")).replaceAll(" ");
            m.appendReplacement(out, Matcher.quoteReplacement(inside));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A line whose cells were marked: the cells' text joined with the separator, empty cells dropped. */
    private static String cells(String line) {
        if (line.indexOf(CELL_MARK) < 0) {
            return line.strip().replaceAll(" {2,}", " ");
        }
        StringBuilder row = new StringBuilder();
        for (String cell : line.split(String.valueOf(CELL_MARK), -1)) {
            String c = cell.strip().replaceAll(" {2,}", " ");
            if (!c.isEmpty()) {
                row.append(row.isEmpty() ? "" : CELL_SEPARATOR).append(c);
            }
        }
        return row.toString();
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return "";
    }

    /** The URL goes back into HTML that is unescaped later: keep its "&" from being read twice. */
    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return switch (name) {
            case "nbsp", "ensp", "emsp", "thinsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "zwnj" -> "\u200C";
            case "laquo" -> "«";
            case "raquo" -> "»";
            case "ndash" -> "–";
            case "mdash" -> "—";
            case "hellip" -> "…";
            case "rlm", "lrm", "zwj" -> "";
            default -> whole;
        };
    }
}
