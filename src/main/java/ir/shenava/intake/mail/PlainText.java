package ir.shenava.intake.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of an HTML mail body, for a message that has no text/plain part. */
final class PlainText {

    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

    private PlainText() {
    }

    static String fromHtml(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?is)<br\\s*/?>", "\n")
                .replaceAll("(?is)</(p|div|li|tr|h[1-6]|blockquote)>", "\n")
                .replaceAll("(?s)<[^>]*>", "");
        return unescape(text).replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\\n[ \\n]*\\n", "\n\n").strip();
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
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "zwnj" -> "\u200C";
            default -> whole;
        };
    }
}
