package ir.shenava.intake;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a complainant used, and so the one every mail, SMS and linked page to them speaks:
 * the application's two, Persian (the default) and English. Stored as the language tag.
 */
public enum ComplaintLanguage {
    FA("fa", Locale.forLanguageTag("fa-IR")),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    ComplaintLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** "fa" or "en", as stored and as the {@code lang} parameter of the pages takes it. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a page's locale: English only when the page was English, else Persian. */
    public static ComplaintLanguage of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : FA;
    }

    /** "fa" or "en" in any case and with spaces around; empty for anything else. */
    public static Optional<ComplaintLanguage> parse(String typed) {
        String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        for (ComplaintLanguage language : values()) {
            if (language.tag.equals(value)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The stored tag read back; anything unknown is Persian, the language every older complaint was answered in. */
    public static ComplaintLanguage ofTag(String tag) {
        return parse(tag).orElse(FA);
    }

    /**
     * The language of a text someone wrote (an email): Persian when it has any Persian or Arabic
     * letter, English when its letters are mostly Latin, else Persian. A Persian mail quoting an
     * English signature stays Persian; an English one with a Persian company name in it would too,
     * which is the safer mistake for a Persian-first company.
     */
    public static ComplaintLanguage ofText(String text) {
        if (text == null) {
            return FA;
        }
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) {
                return FA;
            }
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        return latin > 0 && latin > other ? EN : FA;
    }
}
