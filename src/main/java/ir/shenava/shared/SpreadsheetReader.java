package ir.shenava.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded table — an .xlsx workbook or a UTF-8 CSV file — into sheets of text rows,
 * the way a person sees the cells. The type is decided by the content, never by the file name: a
 * renamed picture must not reach the CSV parser as "text". Excel date cells come out as Jalali
 * text ("1405/08/14"), which is how the rest of an import speaks about days. Each module's import
 * turns {@link Problem}s into its own messages and maps the header cells to its own columns.
 */
public final class SpreadsheetReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** Why a file as a whole cannot be read. */
    public enum Problem { EMPTY, TOO_LARGE, UNSUPPORTED, UNREADABLE, TOO_MANY_ROWS }

    /** The file cannot be read; {@link #problem()} says why. */
    public static final class UnreadableFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final Problem problem;

        public UnreadableFileException(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** One line of a sheet, with its number as the file shows it (1 = first line). */
    public record Row(int number, List<String> cells) {

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }

        public String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
        }
    }

    private SpreadsheetReader() {
    }

    /** Every sheet of the workbook, or the one "sheet" of a CSV file. */
    public static List<List<Row>> read(byte[] content, int maxBytes, int maxRows) {
        if (content == null || content.length == 0) {
            throw new UnreadableFileException(Problem.EMPTY);
        }
        if (content.length > maxBytes) {
            throw new UnreadableFileException(Problem.TOO_LARGE);
        }
        return isZip(content) ? xlsx(content, maxRows) : List.of(csv(content, maxRows));
    }

    /**
     * The first sheet whose header {@code fits}, else the first sheet (empty when there is none): a
     * workbook may hold other sheets too — an export's other kinds, notes, lists of values.
     */
    public static List<Row> sheetWithHeader(List<List<Row>> sheets, Predicate<Row> fits) {
        return sheets.stream().filter(s -> header(s) != null && fits.test(header(s)))
                .findFirst().orElse(sheets.isEmpty() ? List.of() : sheets.get(0));
    }

    /** The first non-blank line, which an import takes as the header; null for a blank sheet. */
    public static Row header(List<Row> sheet) {
        return sheet.stream().filter(r -> !r.blank()).findFirst().orElse(null);
    }

    /** The non-blank lines after the header: blank lines between records are left-overs of editing, not data. */
    public static List<Row> body(List<Row> sheet) {
        Row header = header(sheet);
        return header == null ? List.of()
                : sheet.subList(sheet.indexOf(header) + 1, sheet.size()).stream().filter(r -> !r.blank()).toList();
    }

    public static boolean isZip(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Row>> xlsx(byte[] content, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            List<List<Row>> sheets = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                List<Row> rows = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    if (rows.size() > maxRows) {
                        throw new UnreadableFileException(Problem.TOO_MANY_ROWS);
                    }
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    rows.add(new Row(row.getRowNum() + 1, cells));
                }
                sheets.add(rows);
            }
            return sheets;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // POI reports broken or hostile archives (zip bombs, bad XML) with many exception types
            throw new UnreadableFileException(Problem.UNREADABLE);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> isDateFormatted(cell) ? dateText(cell)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    private static boolean isDateFormatted(Cell cell) {
        return cell.getCellStyle() != null
                && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
    }

    /**
     * A date cell as Jalali text. A day from 1900 on is a Gregorian date: converted to Jalali. A day
     * before 1900 (a negative serial, which POI does not take for a date at all) is what a
     * spreadsheet program makes of a Jalali date typed in — "1404/07/15" read as the year 1404 of
     * the Christian era: its year, month and day, as the program shows them (Julian before
     * 15 October 1582, as LibreOffice and ICU count), are the Jalali date the person typed, and the
     * text is what they see in the cell rather than "-180954".
     */
    private static String dateText(Cell cell) {
        double serial = cell.getNumericCellValue();
        boolean date1904 = cell.getSheet().getWorkbook() instanceof XSSFWorkbook x && x.isDate1904();
        if (DateUtil.isValidExcelDate(serial)) {
            return JalaliDate.fromGregorian(DateUtil.getLocalDateTime(serial, date1904).toLocalDate()).toNumericString();
        }
        long dayZero = date1904 ? LocalDate.of(1904, 1, 1).toEpochDay() : LocalDate.of(1899, 12, 30).toEpochDay();
        GregorianCalendar shown = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        shown.setTimeInMillis((dayZero + (long) Math.floor(serial)) * 86_400_000L);
        int year = shown.get(Calendar.YEAR) * (shown.get(Calendar.ERA) == GregorianCalendar.BC ? -1 : 1);
        return String.format(Locale.ROOT, "%04d/%02d/%02d", year, shown.get(Calendar.MONTH) + 1, shown.get(Calendar.DAY_OF_MONTH));
    }

    private static List<Row> csv(byte[] content, int maxRows) {
        String text = utf8Text(content);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > maxRows) {
                    throw new UnreadableFileException(Problem.TOO_MANY_ROWS);
                }
                rows.add(new Row((int) record.getRecordNumber(), record.toList()));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Problem.UNREADABLE);
        }
        return rows;
    }

    /** Strict UTF-8 without NUL: a binary file (or one in a legacy Windows code page) is refused, not garbled. */
    private static String utf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new UnreadableFileException(Problem.UNSUPPORTED);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(Problem.UNSUPPORTED);
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
