package ir.shenava.customers.importing;

import ir.shenava.shared.PersianText;

/**
 * One column of an import file. The Persian header is part of the file format (the export writes
 * it, people type it), so it lives here rather than in the message bundles, which serve the UI.
 */
public record ImportColumn(String key, String header, boolean required, int maxLength) {

    /** True when a header cell names this column, by English key or Persian header, ignoring case and spaces. */
    public boolean matches(String headerCell) {
        String cell = comparable(headerCell);
        return !cell.isEmpty() && (cell.equals(comparable(key)) || cell.equals(comparable(header)));
    }

    /** The message key of the column's name in the UI. */
    public String messageKey() {
        return "import.column." + key;
    }

    private static String comparable(String s) {
        // searchKey folds ي/ك, digits and case; spaces, ZWNJ and underscores differ between people typing headers
        return PersianText.searchKey(s).replaceAll("[\\s_\\-]+", "");
    }
}
