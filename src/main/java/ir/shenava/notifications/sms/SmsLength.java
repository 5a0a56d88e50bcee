package ir.shenava.notifications.sms;

/**
 * How many parts the mobile network bills for a text. A text made only of the GSM 03.38 alphabet
 * goes as 7-bit characters: 160 in one part, 153 per part once it is split (the rest of each part
 * carries the header that joins them), and the extension characters ({@code ^{}\[~]|€}) count twice.
 * Anything else — every Persian letter, Persian digits, the zero-width non-joiner — makes the whole
 * text UCS-2: 70 characters in one part, 67 per part beyond, counted in UTF-16 units as the network does.
 */
public record SmsLength(boolean unicode, int characters, int parts) {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public static SmsLength of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return counted(true, text.length(), 70, 67);
            }
        }
        return counted(false, septets, 160, 153);
    }

    private static SmsLength counted(boolean unicode, int characters, int single, int perPart) {
        int parts = characters == 0 ? 1 : characters <= single ? 1 : (characters + perPart - 1) / perPart;
        return new SmsLength(unicode, characters, parts);
    }

    /** What one message of this length costs at {@code pricePerPart} (in the gateway's currency). */
    public long cost(long pricePerPart) {
        return parts * pricePerPart;
    }
}
