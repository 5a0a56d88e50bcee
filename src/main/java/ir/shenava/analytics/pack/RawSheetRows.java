package ir.shenava.analytics.pack;

import java.io.IOException;

import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The rows of the Excel's raw answers sheet written as SpreadsheetML straight into the sheet's
 * temporary file: a quarter holds some hundred thousand answers, and POI's row and cell objects
 * with their per-cell style and reference lookups cost ten times the XML itself. Rows must be
 * written in order, and no row of this sheet may go through POI.
 */
final class RawSheetRows extends SheetDataWriter {

    private static final String[] COLUMNS = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"};

    private int row;
    private int column;

    RawSheetRows() throws IOException {
        super();
    }

    /** Starts the next row (the first is row 1). */
    RawSheetRows start() throws IOException {
        if (row > 0) {
            _out.write("</row>");
        }
        row++;
        column = 0;
        _out.write("<row r=\"" + row + "\">");
        return this;
    }

    RawSheetRows text(String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            _out.write("<c r=\"" + COLUMNS[column] + row + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            escaped(value);
            _out.write("</t></is></c>");
        }
        column++;
        return this;
    }

    RawSheetRows number(Number value) throws IOException {
        if (value != null) {
            _out.write("<c r=\"" + COLUMNS[column] + row + "\" t=\"n\"><v>" + value + "</v></c>");
        }
        column++;
        return this;
    }

    RawSheetRows bool(boolean value) throws IOException {
        _out.write("<c r=\"" + COLUMNS[column] + row + "\" t=\"b\"><v>" + (value ? "1" : "0") + "</v></c>");
        column++;
        return this;
    }

    /** Ends the last row; call before the workbook is written. */
    void finish() throws IOException {
        if (row > 0) {
            _out.write("</row>");
            row = -row;
        }
    }

    private void escaped(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> _out.write("&amp;");
                case '<' -> _out.write("&lt;");
                case '>' -> _out.write("&gt;");
                case '"' -> _out.write("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        _out.write(c);
                    }
                }
            }
        }
    }
}
