package ir.shenava.shared;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which weekdays are worked and when. The Iranian week runs Saturday to Thursday, Thursday is
 * often a half day and Friday is the weekend, which no Western default captures; it is
 * configurable ({@link #parse(String)}) because companies differ.
 */
public record WorkWeek(Map<DayOfWeek, WorkHours> hours) {

    public WorkWeek {
        Objects.requireNonNull(hours, "hours");
        EnumMap<DayOfWeek, WorkHours> copy = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, h) -> copy.put(Objects.requireNonNull(day), Objects.requireNonNull(h)));
        hours = Collections.unmodifiableMap(copy);
    }

    /** Saturday–Wednesday 08:00–16:00, Thursday 08:00–12:00, Friday off. */
    public static WorkWeek iranianDefault() {
        return parse("SAT-WED 08:00-16:00; THU 08:00-12:00");
    }

    public Optional<WorkHours> hoursOn(DayOfWeek day) {
        return Optional.ofNullable(hours.get(day));
    }

    public boolean isWorkingDay(DayOfWeek day) {
        return hours.containsKey(day);
    }

    /**
     * Parses a compact form suitable for application.yml: segments separated by ';', each
     * "DAYS HH:mm-HH:mm" where DAYS is a day ("THU"), a range in week order that may wrap
     * ("SAT-WED") or a comma list ("SAT,MON"). Days not mentioned are off.
     */
    public static WorkWeek parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("Empty work week; expected e.g. \"SAT-WED 08:00-16:00; THU 08:00-12:00\"");
        }
        EnumMap<DayOfWeek, WorkHours> map = new EnumMap<>(DayOfWeek.class);
        for (String segment : spec.split(";")) {
            if (segment.isBlank()) {
                continue;
            }
            String[] parts = segment.strip().split("\\s+");
            if (parts.length != 2) {
                throw invalid(spec, "each segment needs days and hours: '" + segment.strip() + "'");
            }
            WorkHours h = parseHours(spec, parts[1]);
            for (String item : parts[0].split(",")) {
                for (DayOfWeek day : parseDays(spec, item)) {
                    if (map.put(day, h) != null) {
                        throw invalid(spec, day + " is given twice");
                    }
                }
            }
        }
        return new WorkWeek(map);
    }

    private static WorkHours parseHours(String spec, String text) {
        String[] se = text.split("-");
        if (se.length != 2) {
            throw invalid(spec, "hours must look like 08:00-16:00: '" + text + "'");
        }
        try {
            return new WorkHours(LocalTime.parse(se[0]), LocalTime.parse(se[1]));
        } catch (DateTimeParseException e) {
            throw invalid(spec, "bad time in '" + text + "'");
        } catch (IllegalArgumentException e) {
            throw invalid(spec, e.getMessage());
        }
    }

    private static DayOfWeek[] parseDays(String spec, String text) {
        String[] range = text.split("-");
        if (range.length == 1) {
            return new DayOfWeek[] {day(spec, range[0])};
        }
        if (range.length != 2) {
            throw invalid(spec, "bad day range '" + text + "'");
        }
        DayOfWeek from = day(spec, range[0]);
        DayOfWeek to = day(spec, range[1]);
        int count = Math.floorMod(to.getValue() - from.getValue(), 7) + 1;
        DayOfWeek[] days = new DayOfWeek[count];
        for (int i = 0; i < count; i++) {
            days[i] = from.plus(i);
        }
        return days;
    }

    private static DayOfWeek day(String spec, String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.length() >= 3 && d.name().startsWith(t)) {
                return d;
            }
        }
        throw invalid(spec, "unknown day '" + text + "' (use SAT, SUN, MON, TUE, WED, THU, FRI)");
    }

    private static IllegalArgumentException invalid(String spec, String why) {
        return new IllegalArgumentException("Invalid work week \"" + spec + "\": " + why);
    }
}
