package ir.shenava.customers.internal;

import ir.shenava.shared.PersianText;

/**
 * Turns what a person typed into the key that the customers' compact search text is compared with:
 * letters as {@link PersianText#compactKey}, and a query that is only a phone number's digits
 * (with spaces, dashes or a +98 prefix) as the national digits "0912…".
 */
public final class CustomerSearch {

    private CustomerSearch() {
    }

    /** The LIKE pattern for a query: its key, with LIKE's own wildcards escaped, between two %. */
    public static String likePattern(String query) {
        return "%" + keyOf(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static String keyOf(String query) {
        String key = PersianText.searchKey(query == null ? "" : query).trim();
        if (key.matches("[0-9\\s\\-+().]+") && key.replaceAll("\\D", "").length() >= 4) {
            String digits = PersianText.digitsOnly(key);
            if (digits.startsWith("0098")) {
                digits = "0" + digits.substring(4);
            } else if (digits.startsWith("98") && digits.length() == 12) {
                digits = "0" + digits.substring(2);
            }
            return digits;
        }
        return key.replace(" ", "");   // compared with the compact search text: space, ZWNJ or nothing alike
    }
}
