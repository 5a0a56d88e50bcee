package ir.shenava.customers.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.shared.PersianText;
import ir.shenava.shared.SpreadsheetReader;
import ir.shenava.shared.SpreadsheetReader.Row;

/**
 * Turns an uploaded file into rows of values keyed by the columns of an {@link ImportKind}. Reading
 * the file itself (xlsx or CSV, decided by content) is {@link SpreadsheetReader}'s job.
 */
public final class TableReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    /** The reader counts every line, header and blank ones too; the data-row limit is checked here. */
    private static final int MAX_LINES = MAX_ROWS + 50;

    private TableReader() {
    }

    /** @throws ImportFileException when the file as a whole cannot be used */
    public static List<ImportRow> read(byte[] content, ImportKind kind) {
        // An export holds several sheets; take the one whose header fits the chosen kind.
        List<Row> sheet = SpreadsheetReader.sheetWithHeader(sheets(content), h -> missingColumn(h, kind) == null);
        Row header = SpreadsheetReader.header(sheet);
        if (header == null) {
            throw new ImportFileException("import.file.empty");
        }
        Map<Integer, ImportColumn> columns = columnsOf(header, kind);
        if (columns.isEmpty()) {
            throw new ImportFileException("import.file.noHeader");
        }
        String missing = missingColumn(header, kind);
        if (missing != null) {
            throw new ImportFileException("import.file.missingColumn", missing);
        }
        List<Row> body = SpreadsheetReader.body(sheet);
        if (body.size() > MAX_ROWS) {
            throw new ImportFileException("import.file.tooManyRows", MAX_ROWS);
        }
        List<ImportRow> rows = new ArrayList<>();
        for (Row line : body) {
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((index, column) -> values.put(column.key(), PersianText.normalize(line.cell(index))));
            rows.add(new ImportRow(line.number(), values, List.of()));
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("import.file.noRows");
        }
        return rows;
    }

    private static List<List<Row>> sheets(byte[] content) {
        try {
            return SpreadsheetReader.read(content, MAX_BYTES, MAX_LINES);
        } catch (SpreadsheetReader.UnreadableFileException e) {
            throw switch (e.problem()) {
                case EMPTY -> new ImportFileException("import.file.empty");
                case TOO_LARGE -> new ImportFileException("import.file.tooLarge");
                case UNSUPPORTED -> new ImportFileException("import.file.unsupported");
                case UNREADABLE -> new ImportFileException("import.file.unreadable");
                case TOO_MANY_ROWS -> new ImportFileException("import.file.tooManyRows", MAX_ROWS);
            };
        }
    }

    private static Map<Integer, ImportColumn> columnsOf(Row header, ImportKind kind) {
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

    private static String missingColumn(Row header, ImportKind kind) {
        Map<Integer, ImportColumn> found = columnsOf(header, kind);
        return kind.columns().stream().filter(c -> c.required() && !found.containsValue(c))
                .map(ImportColumn::header).findFirst().orElse(null);
    }
}
