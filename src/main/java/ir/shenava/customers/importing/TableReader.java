package ir.shenava.customers.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.shared.PersianText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns an uploaded file into rows of values keyed by column. The type is decided by the content,
 * never by the file name: a renamed picture must not reach the CSV parser as "text".
 */
public final class TableReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private TableReader() {
    }

    /** @throws ImportFileException when the file as a whole cannot be used */
    public static List<ImportRow> read(byte[] content, ImportKind kind) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportFileException("import.file.tooLarge");
        }
        List<List<GridRow>> sheets = isZip(content) ? XlsxSheets.read(content) : List.of(csv(content));
        // An export holds several sheets; take the one whose header fits the chosen kind.
        List<GridRow> chosen = sheets.stream().filter(s -> missingColumn(s, kind) == null && headerOf(s) != null)
                .findFirst().orElse(sheets.isEmpty() ? List.of() : sheets.get(0));
        return rows(chosen, kind);
    }

    private static List<ImportRow> rows(List<GridRow> grid, ImportKind kind) {
        GridRow header = headerOf(grid);
        if (header == null) {
            throw new ImportFileException("import.file.empty");
        }
        Map<Integer, ImportColumn> columns = columnsOf(header, kind);
        if (columns.isEmpty()) {
            throw new ImportFileException("import.file.noHeader");
        }
        String missing = missingColumn(grid, kind);
        if (missing != null) {
            throw new ImportFileException("import.file.missingColumn", missing);
        }
        List<ImportRow> rows = new ArrayList<>();
        for (GridRow line : grid.subList(grid.indexOf(header) + 1, grid.size())) {
            if (line.blank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new ImportFileException("import.file.tooManyRows", MAX_ROWS);
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((index, column) -> values.put(column.key(), PersianText.normalize(line.cell(index))));
            rows.add(new ImportRow(line.number(), values, List.of()));
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("import.file.noRows");
        }
        return rows;
    }

    private static GridRow headerOf(List<GridRow> grid) {
        return grid.stream().filter(r -> !r.blank()).findFirst().orElse(null);
    }

    private static Map<Integer, ImportColumn> columnsOf(GridRow header, ImportKind kind) {
        Map<Integer, ImportColumn> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String cell = header.cell(i);
            int index = i;
            kind.columns().stream().filter(c -> c.matches(cell)).findFirst()
                    .filter(c -> !columns.containsValue(c))
                    .ifPresent(c -> columns.put(index, c));
        }
        return columns;
    }

    private static String missingColumn(List<GridRow> grid, ImportKind kind) {
        GridRow header = headerOf(grid);
        if (header == null) {
            return null;
        }
        Map<Integer, ImportColumn> found = columnsOf(header, kind);
        return kind.columns().stream().filter(c -> c.required() && !found.containsValue(c))
                .map(ImportColumn::header).findFirst().orElse(null);
    }

    private static boolean isZip(byte[] content) {
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

    private static List<GridRow> csv(byte[] content) {
        String text = utf8Text(content);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<GridRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                rows.add(new GridRow((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("import.file.unreadable");
        }
        return rows;
    }

    /** Strict UTF-8: a file that is not text (or is in a legacy Windows code page) is refused, not garbled. */
    private static String utf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new ImportFileException("import.file.unsupported");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportFileException("import.file.unsupported");
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
