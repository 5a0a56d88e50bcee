package ir.shenava.customers.importing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.Equipment;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;

/**
 * How the text of a cell becomes a value. Validation and writing both use these, so a row that
 * passed the preview is written exactly as it was checked.
 */
public final class CellValues {

    /** Persian names of the kinds as written in files; the export writes the first spelling. */
    private static final Map<CustomerKind, String> KIND_NAMES = Map.of(
            CustomerKind.HOSPITAL, "بیمارستان", CustomerKind.CLINIC, "درمانگاه",
            CustomerKind.LABORATORY, "آزمایشگاه", CustomerKind.FACTORY, "کارخانه",
            CustomerKind.UNIVERSITY, "دانشگاه", CustomerKind.COMPANY, "شرکت", CustomerKind.OTHER, "سایر",
            CustomerKind.INDIVIDUAL, "شخص حقیقی");

    private CellValues() {
    }

    /** Customer codes compare in Latin digits and upper case, like serial numbers. */
    public static String code(String text) {
        return Equipment.canonicalSerial(blankToNull(text));
    }

    public static String serial(String text) {
        return Equipment.canonicalSerial(blankToNull(text));
    }

    /** Blank is OTHER; otherwise the English name or a Persian name ("دانشگاه و پژوهشگاه" too). */
    public static Optional<CustomerKind> kind(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(CustomerKind.OTHER);
        }
        String key = PersianText.searchKey(text).replaceAll("[\\s_]+", "");
        for (CustomerKind kind : CustomerKind.values()) {
            String persian = PersianText.searchKey(KIND_NAMES.get(kind)).replaceAll("\\s+", "");
            if (key.equals(kind.name().toLowerCase(Locale.ROOT)) || key.startsWith(persian)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static String kindName(CustomerKind kind) {
        return KIND_NAMES.get(kind == null ? CustomerKind.OTHER : kind);
    }

    /** Only the digits, or null when the cell has none; letters make the id invalid rather than vanish. */
    public static String digits(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String latin = PersianText.latinDigits(text).replaceAll("[\\s\\-]", "");
        return latin.matches("\\d+") ? latin : "";
    }

    /**
     * Excel drops a number's leading zero, so "9121234567" is read as "09121234567"; anything else
     * goes to {@link PhoneNumber#parse} as typed.
     */
    public static Optional<PhoneNumber> phone(String text) {
        String digits = PersianText.latinDigits(text == null ? "" : text.strip());
        if (digits.matches("[1-9]\\d{9}")) {
            digits = "0" + digits;
        }
        return PhoneNumber.tryParse(digits);
    }

    public static boolean email(String text) {
        return text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** Jalali "1405/09/14" in any digits; empty for an unparseable date. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(JalaliDate.parse(text).toGregorian());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
