package ir.shenava.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test fixture: reads the rows of the holiday migration so tests use the real data. */
final class OfficialHolidays {

    static final String RESOURCE = "db/migration/calendar/V3__official_holidays.sql";

    static final Pattern ROW = Pattern.compile(
            "\\('(\\d{4}-\\d{2}-\\d{2})',\\s*'((?:[^']|'')*)',\\s*'((?:[^']|'')*)'\\)[,;]\\s*(?:--\\s*(\\d{4}/\\d{2}/\\d{2}))?");

    record Row(LocalDate day, String nameFa, String nameEn, String jalaliComment) {
    }

    private OfficialHolidays() {
    }

    static String sql() {
        try (InputStream in = OfficialHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(sql());
        while (m.find()) {
            rows.add(new Row(LocalDate.parse(m.group(1)), m.group(2), m.group(3), m.group(4)));
        }
        return rows;
    }

    static List<LocalDate> days() {
        return rows().stream().map(Row::day).toList();
    }
}
