package ir.shenava.cases.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ir.shenava.cases.Priority;
import ir.shenava.cases.SlaMilestone;
import ir.shenava.cases.internal.SlaTarget;
import ir.shenava.shared.PersianText;

/**
 * The SLA targets page as typed: working hours per priority and milestone, in Persian, Arabic or
 * Latin digits, with a decimal part ("۱٫۵", "1.5", "1/5"). A field that is wrong keeps what was
 * typed and gets its own message.
 */
record SlaTargetsForm(List<Row> rows) {

    private static final Pattern HOURS = Pattern.compile("\\d{1,5}(\\.\\d{1,2})?");
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /** One input: its name in the request, the text shown in it, and a message key when it is wrong. */
    record Field(SlaMilestone milestone, String name, String text, String error) {
    }

    record Row(Priority priority, List<Field> fields) {
    }

    static String name(Priority priority, SlaMilestone milestone) {
        return priority.name() + "-" + milestone.name();
    }

    /** The saved targets, in Latin or (for Persian pages) Persian digits. */
    static SlaTargetsForm of(List<SlaTarget> targets, boolean persian) {
        return new SlaTargetsForm(targets.stream().map(t -> {
            int[] minutes = {t.acknowledgeMinutes(), t.firstContactMinutes(), t.resolutionMinutes()};
            List<Field> fields = Arrays.stream(SlaMilestone.values())
                    .map(m -> new Field(m, name(t.priority(), m), hours(minutes[m.ordinal()], persian), null)).toList();
            return new Row(t.priority(), fields);
        }).toList());
    }

    /** What was posted, checked: each a positive number of hours, acknowledge ≤ first contact ≤ resolution. */
    static SlaTargetsForm typed(Map<String, String> params) {
        List<Row> rows = new ArrayList<>();
        for (Priority p : Priority.values()) {
            List<Field> fields = new ArrayList<>();
            Integer longestSoFar = null;
            for (SlaMilestone m : SlaMilestone.values()) {
                String text = params.getOrDefault(name(p, m), "");
                Integer minutes = minutes(text);
                String error = error(text, minutes);
                if (error == null && longestSoFar != null && minutes < longestSoFar) {
                    error = "sla.error.order." + m.name();
                }
                if (minutes != null && minutes > 0) {
                    longestSoFar = longestSoFar == null ? minutes : Math.max(longestSoFar, minutes);
                }
                fields.add(new Field(m, name(p, m), text, error));
            }
            rows.add(new Row(p, fields));
        }
        return new SlaTargetsForm(rows);
    }

    boolean hasErrors() {
        return rows.stream().flatMap(r -> r.fields().stream()).anyMatch(f -> f.error() != null);
    }

    /** Only for a form without errors. */
    List<SlaTarget> targets() {
        return rows.stream().map(r -> new SlaTarget(r.priority(), minutes(r.fields().get(0).text()),
                minutes(r.fields().get(1).text()), minutes(r.fields().get(2).text()))).toList();
    }

    private static String error(String text, Integer minutes) {
        if (text == null || text.isBlank()) {
            return "sla.error.required";
        }
        if (minutes == null) {
            return "sla.error.number";
        }
        return minutes <= 0 ? "sla.error.positive" : null;
    }

    /** Hours as typed to whole minutes, or null when it is not a number of hours. */
    static Integer minutes(String text) {
        String latin = text == null ? "" : PersianText.latinDigits(text).strip().replace('/', '.');
        if (!HOURS.matcher(latin).matches()) {
            return null;
        }
        return new BigDecimal(latin).multiply(MINUTES_PER_HOUR).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    static String hours(int minutes, boolean persian) {
        String text = BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return persian ? PersianText.persianDigits(text).replace('.', '٫') : text;
    }
}
