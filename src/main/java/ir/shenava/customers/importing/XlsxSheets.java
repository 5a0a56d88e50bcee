package ir.shenava.customers.importing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ir.shenava.shared.JalaliDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads every sheet of an .xlsx file into rows of text, the way a person sees the cells. */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static List<List<GridRow>> read(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            List<List<GridRow>> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<GridRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getRowNum() > TableReader.MAX_ROWS + 50) {
                        throw new ImportFileException("import.file.tooManyRows", TableReader.MAX_ROWS);
                    }
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    rows.add(new GridRow(row.getRowNum() + 1, cells));
                }
                sheets.add(rows);
            }
            return sheets;
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // POI reports broken or hostile archives (zip bombs, bad XML) with many exception types
            throw new ImportFileException("import.file.unreadable");
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
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    // an Excel date cell is Gregorian; the rest of the import speaks Jalali text
                    ? JalaliDate.fromGregorian(cell.getLocalDateTimeCellValue().toLocalDate()).toNumericString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }
}
