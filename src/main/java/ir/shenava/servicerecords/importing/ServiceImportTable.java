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
        List<SpreadsheetReader.Row> sheet = SpreadsheetReader.sheetWithHeader(sheets, h -> missing(columns(h)) == null);
        SpreadsheetReader.Row header = SpreadsheetReader.header(sheet);
        if (header == null) {
            throw new ServiceImportException("serviceImport.file.empty");
        }
        Map<Integer, ServiceColumn> columns = columns(header);
        ServiceColumn missing = missing(columns);
        if (missing != null) {
            throw new ServiceImportException("serviceImport.file.missingColumn", missing.header());
        }
        List<ServiceImportRow> rows = new ArrayList<>();
        for (SpreadsheetReader.Row line : SpreadsheetReader.body(sheet)) {
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((index, column) -> values.put(column.key(), PersianText.normalize(line.cell(index))));
            rows.add(new ServiceImportRow(line.number(), values, List.of()));
        }
        if (rows.isEmpty()) {
            throw new ServiceImportException("serviceImport.file.noRows");
        }
        return rows;
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
