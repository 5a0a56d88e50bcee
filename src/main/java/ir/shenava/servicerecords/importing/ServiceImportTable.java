package ir.shenava.servicerecords.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.shared.PersianText;
import ir.shenava.shared.SpreadsheetReader;

/** Turns an uploaded file into rows of values keyed by column; the first non-blank line is the header. */
final class ServiceImportTable {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;

    private ServiceImportTable() {
    }

    /** @throws ServiceImportException when the file as a whole cannot be used */
    static List<ServiceImportRow> read(byte[] content) {
        List<List<SpreadsheetReader.Row>> sheets;
        try {
            sheets = SpreadsheetReader.read(content, MAX_BYTES, MAX_ROWS);
        } catch (SpreadsheetReader.UnreadableFileException e) {
            throw ServiceImportException.of(e.problem());
        }
        // a workbook may hold other sheets (notes, lists); take the first whose header fits
        List<SpreadsheetReader.Row> sheet = sheets.stream().filter(s -> header(s) != null && missing(columns(header(s))) == null)
                .findFirst().orElse(sheets.isEmpty() ? List.of() : sheets.get(0));
        SpreadsheetReader.Row header = header(sheet);
        if (header == null) {
            throw new ServiceImportException("serviceImport.file.empty");
        }
        Map<Integer, ServiceColumn> columns = columns(header);
        ServiceColumn missing = missing(columns);
        if (missing != null) {
            throw new ServiceImportException("serviceImport.file.missingColumn", missing.header());
        }
        List<ServiceImportRow> rows = new ArrayList<>();
        for (SpreadsheetReader.Row line : sheet.subList(sheet.indexOf(header) + 1, sheet.size())) {
            if (line.blank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((index, column) -> values.put(column.key(), PersianText.normalize(line.cell(index))));
            rows.add(new ServiceImportRow(line.number(), values, List.of()));
        }
        if (rows.isEmpty()) {
            throw new ServiceImportException("serviceImport.file.noRows");
        }
        return rows;
    }

    private static SpreadsheetReader.Row header(List<SpreadsheetReader.Row> sheet) {
        return sheet.stream().filter(r -> !r.blank()).findFirst().orElse(null);
    }

    private static Map<Integer, ServiceColumn> columns(SpreadsheetReader.Row header) {
        Map<Integer, ServiceColumn> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String cell = header.cell(i);
            for (ServiceColumn column : ServiceColumn.values()) {
                if (column.matches(cell) && !columns.containsValue(column)) {
                    columns.put(i, column);
                }
            }
        }
        return columns;
    }

    private static ServiceColumn missing(Map<Integer, ServiceColumn> columns) {
        for (ServiceColumn column : ServiceColumn.values()) {
            if (column.required() && !columns.containsValue(column)) {
                return column;
            }
        }
        return null;
    }
}
