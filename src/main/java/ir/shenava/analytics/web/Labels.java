package ir.shenava.analytics.web;

import java.util.Locale;
import java.util.Map;

import ir.shenava.shared.JalaliQuarter;
import ir.shenava.shared.PersianText;
import org.springframework.context.MessageSource;

/**
 * Names and numbers in the reader's language for charts, tables and the pack: message keys, the
 * catalogue's reason names, category and staff names, and digits in Persian unless English was chosen.
 */
public record Labels(MessageSource messages, Locale locale, Map<String, String> reasonNames,
                     Map<String, String> categoryNames, Map<Long, String> staffNames) {

    public boolean persian() {
        return !"en".equals(locale.getLanguage());
    }

    public String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String digits(String text) {
        return persian() ? PersianText.persianDigits(text) : text;
    }

    public String quarter(JalaliQuarter q) {
        return msg("analytics.quarter.label", digits(String.valueOf(q.quarter())), digits(String.valueOf(q.year())));
    }

    public String quarter(String q) {
        return quarter(JalaliQuarter.parse(q));
    }

    public String number(Number n) {
        if (n == null) {
            return "—";
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            String s = d == Math.rint(d) && Math.abs(d) < 1e12 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
            return digits(persian() ? s.replace('.', '\u066B') : s);
        }
        return digits(String.valueOf(n.longValue()));
    }

    /** A share 0…1 as a percentage with one decimal ("۴۵٫۲٪"). */
    public String percent(Double share) {
        if (share == null) {
            return "—";
        }
        String s = String.format(Locale.ROOT, "%.1f", share * 100);
        return digits(persian() ? s.replace('.', '\u066B') + "٪" : s + "%");
    }

    /** Working minutes as hours with one decimal. */
    public String hours(Double minutes) {
        if (minutes == null) {
            return "—";
        }
        String s = String.format(Locale.ROOT, "%.1f", minutes / 60);
        return digits(persian() ? s.replace('.', '\u066B') : s);
    }

    public String reason(String code) {
        return reasonNames.getOrDefault(code, code);
    }

    public String category(String code) {
        return "-".equals(code) ? msg("analytics.none") : categoryNames.getOrDefault(code, code);
    }

    public String staff(long id) {
        return id == 0 ? msg("analytics.noStaff") : staffNames.getOrDefault(id, "#" + digits(String.valueOf(id)));
    }
}
